package org.mingle.domain.demo;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.mingle.domain.availability.AvailabilityService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;

/**
 * An event under way when the demo starts (decision 52): the demo attendee and most demo people are there, meeting
 * tables are set out for the whole evening, and a few people are free for a while after start-up, so People to meet
 * opens on "Free now" with people to meet right away.
 */
@Singleton
class DemoFreeNow {

    static final String TITLE = "Open floor: climate founders";

    /** Demo people (in {@link DemoPeople} order) free after start-up, and for how many minutes. */
    private static final List<List<Integer>> FREE = List.of(List.of(1, 45), List.of(3, 60), List.of(5, 90),
            List.of(6, 30));

    private final EventService events;
    private final RegistrationService registrations;
    private final MeetingScheduleService schedule;
    private final AvailabilityService availability;
    private final DSLContext sql;
    private final Clock clock;

    DemoFreeNow(EventService events, RegistrationService registrations, MeetingScheduleService schedule,
                AvailabilityService availability, DSLContext sql, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.schedule = schedule;
        this.availability = availability;
        this.sql = sql;
        this.clock = clock;
    }

    /** Seeds the event; {@code attendees} are the demo people in {@link DemoPeople} order, the demo attendee first. */
    EventId seed(AccountId organizer, List<AccountId> attendees) {
        // Registered while it is still to come, then moved: it began half an hour ago and runs three hours.
        var start = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(30));
        var later = start.plus(Duration.ofDays(1));
        var event = events.create(organizer, new EventInput(TITLE,
                "No stage, no talks: founders, engineers and investors in climate tech meet over drinks. Say when "
                        + "you are free, and meet the best match free at the same time.",
                later, later.plus(Duration.ofHours(3)), "Europe/Berlin", "Café Nord, Berlin", 80, null, false, 0.4))
                .id();
        events.publish(organizer, event);
        attendees.forEach(person -> registrations.register(person, event));
        sql.execute("update events set starts_at = ?::timestamptz, ends_at = ?::timestamptz where id = ?",
                start.toString(), start.plus(Duration.ofHours(3)).toString(), event.value());
        schedule.addSession(organizer, event, new SessionInput("Tables at the bar", start,
                start.plus(Duration.ofHours(3)), 15));
        schedule.addTable(organizer, event, new TableInput("Bar table 1", 2));
        schedule.addTable(organizer, event, new TableInput("Bar table 2", 2));
        schedule.addTable(organizer, event, new TableInput("Window", 4));
        Instant now = clock.instant();
        for (var free : FREE) {
            availability.markFree(attendees.get(free.get(0)), event, now.plus(Duration.ofMinutes(free.get(1))));
        }
        return event;
    }
}
