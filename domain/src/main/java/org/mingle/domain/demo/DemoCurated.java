package org.mingle.domain.demo;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.curated.CuratedService;
import org.mingle.domain.curated.MarkKind;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;

/**
 * A published curated schedule at one demo event: ten of the demo people, the demo attendee among them, confirmed; a
 * session of meetings and two tables; some "must meet" marks (the demo attendee and another both asked, a third asked
 * for the attendee) and one "no thanks"; everyone should have one to three meetings. The schedule was generated and
 * published, so the attendee's matches there say why each meeting was arranged, and the organizer's curated page
 * shows the published draft.
 */
@Singleton
class DemoCurated {

    /** The demo event that gets the schedule. */
    static final String EVENT_TITLE = "Open Source Maintainers Meetup";
    private static final int PEOPLE = 10;

    private final CuratedService curated;
    private final EventService events;
    private final RegistrationService registrations;
    private final MeetingScheduleService schedule;

    DemoCurated(CuratedService curated, EventService events, RegistrationService registrations,
                MeetingScheduleService schedule) {
        this.curated = curated;
        this.events = events;
        this.registrations = registrations;
        this.schedule = schedule;
    }

    /** {@code attendees} are the demo people in {@link DemoPeople} order. */
    void seed(AccountId organizer, EventId event, List<AccountId> attendees) {
        var people = attendees.subList(0, PEOPLE);
        people.forEach(person -> registrations.register(person, event));
        var start = events.get(Optional.of(organizer), event).details().startsAt().plus(Duration.ofMinutes(45));
        schedule.addSession(organizer, event,
                new SessionInput("Maintainers meet their users", start, start.plus(Duration.ofHours(1)), 15));
        schedule.addTable(organizer, event, new TableInput("Table A", 4));
        schedule.addTable(organizer, event, new TableInput("Table B", 4));
        var attendee = people.get(0);
        curated.mark(attendee, event, people.get(3), MarkKind.MUST_MEET);
        curated.mark(people.get(3), event, attendee, MarkKind.MUST_MEET);
        curated.mark(people.get(4), event, attendee, MarkKind.MUST_MEET);
        curated.mark(people.get(5), event, people.get(6), MarkKind.MUST_MEET);
        curated.mark(people.get(7), event, people.get(8), MarkKind.NO_THANKS);
        curated.updateSettings(organizer, event, 1, 3);
        curated.generate(organizer, event);
        curated.publish(organizer, event);
    }
}
