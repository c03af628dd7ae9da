package org.mingle.domain.demo;

import jakarta.inject.Singleton;
import java.util.List;
import org.mingle.domain.curated.CuratedService;
import org.mingle.domain.curated.MarkKind;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * A published curated schedule at the first demo event: the demo people marked some others "must meet" (the demo
 * attendee and one of them both asked, another asked for the attendee) and one "no thanks"; every attendee should
 * have at least one meeting and at most four. The schedule was generated and published, so the attendee's matches say
 * why each meeting was arranged and the organizer's curated page shows the published draft.
 */
@Singleton
class DemoCurated {

    private final CuratedService curated;

    DemoCurated(CuratedService curated) {
        this.curated = curated;
    }

    /** {@code attendees} are the demo people in {@link DemoPeople} order, confirmed at the event. */
    void seed(AccountId organizer, EventId event, List<AccountId> attendees) {
        var attendee = attendees.get(0);
        curated.mark(attendee, event, attendees.get(3), MarkKind.MUST_MEET);
        curated.mark(attendees.get(3), event, attendee, MarkKind.MUST_MEET);
        curated.mark(attendees.get(4), event, attendee, MarkKind.MUST_MEET);
        curated.mark(attendees.get(5), event, attendees.get(6), MarkKind.MUST_MEET);
        curated.mark(attendees.get(7), event, attendees.get(8), MarkKind.NO_THANKS);
        curated.updateSettings(organizer, event, 1, 4);
        curated.generate(organizer, event);
        curated.publish(organizer, event);
    }
}
