package org.mingle.domain.meetings;

import java.util.List;
import java.util.Map;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * When people are taken elsewhere at an event, so that no meeting is placed over it: the speed-networking rounds they
 * sit in. Meetings defines it and the rounds feature provides it, so rounds may know meetings and not the reverse.
 */
public interface BusyTimes {

    /** For each person who has a seat, the times they sit at a table. */
    Map<AccountId, List<Slot>> of(EventId event);
}
