package org.mingle.domain.availability;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Where free times are kept: one per attendee and event. */
interface FreeTimes {

    /** Keeps the attendee's free time at the event, replacing the one before. */
    void put(EventId event, AccountId account, Instant until, Instant now);

    /** Removes the attendee's free time at the event; false when there was none. */
    boolean remove(EventId event, AccountId account);

    /** Until when the attendee is free at the event, if that is still after {@code now}. */
    Optional<Instant> until(EventId event, AccountId account, Instant now);

    /** Everyone free at the event after {@code now}, and until when. */
    Map<AccountId, Instant> freeAfter(EventId event, Instant now);

    /** Forgets the free times at the event that have run out by {@code now}. */
    int removePassed(EventId event, Instant now);

    /** Every free time of the account, for its data export, latest first. */
    List<FreeTime> ofAccount(AccountId account);

    /** For erasure. */
    void removeAllOf(AccountId account);
}
