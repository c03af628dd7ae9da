package org.mingle.web.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;

/** Events created through the domain service for view tests, at known local times. */
public final class EventFixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Written the way the UI writes a day, to build expected texts independently of {@link EventTimes}. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** A day far enough ahead that the event is upcoming, whatever the date of the test run. */
    static final LocalDate DAY_AHEAD = LocalDate.now(BERLIN).plusDays(40);

    private final EventService events;
    private final AccountId organizer;

    /** @param organizer who creates and publishes the events: their owner */
    public EventFixtures(EventService events, AccountId organizer) {
        this.events = events;
        this.organizer = organizer;
    }

    /** A draft in Berlin on {@link #DAY_AHEAD}, 18:30 to 21:30 local time. */
    public Event draft(String title, String venue) {
        return events.create(organizer, input(title, venue, DAY_AHEAD.atTime(18, 30), BERLIN));
    }

    public Event published(String title, String venue) {
        var draft = draft(title, venue);
        return events.publish(organizer, draft.id());
    }

    /** A draft with this capacity, and whether organizers approve each registration. */
    public Event draft(String title, int capacity, boolean approvalRequired) {
        var base = input(title, "Hall 1", DAY_AHEAD.atTime(18, 30), BERLIN);
        return events.create(organizer, new EventInput(base.title(), base.description(), base.startsAt(),
                base.endsAt(), base.timeZone(), base.venue(), capacity, null, approvalRequired,
                base.perspectiveWeight()));
    }

    /** A published event with this capacity, and whether organizers approve each registration. */
    /** A published event {@code daysLater} days after {@link #DAY_AHEAD}, 18:30 to 21:30 in Berlin. */
    public Event publishedLater(String title, int daysLater) {
        var draft = events.create(organizer, input(title, "Hall 1", DAY_AHEAD.plusDays(daysLater).atTime(18, 30),
                BERLIN));
        return events.publish(organizer, draft.id());
    }

    public Event published(String title, int capacity, boolean approvalRequired) {
        return events.publish(organizer, draft(title, capacity, approvalRequired).id());
    }

    static EventInput input(String title, String venue, LocalDateTime start, ZoneId zone) {
        return new EventInput(title, "An evening of introductions.", start.atZone(zone).toInstant(),
                start.plusHours(3).atZone(zone).toInstant(), zone.getId(), venue, 40, null, false, 0.5);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static LocalTime time(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }
}
