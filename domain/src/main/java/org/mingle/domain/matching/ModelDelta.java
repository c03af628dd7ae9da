package org.mingle.domain.matching;

import java.util.List;
import java.util.Set;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.events.EventId;

/**
 * Data for an event's model as read at one version of the event (see {@link MatchingModel}): the version is a lower
 * bound, the data reflects at least every change up to it.
 */
sealed interface ModelDelta {

    long version();

    /** Everything: the event's attendees and every pair kept apart. */
    record Everything(long version, List<Member> members, Set<Exclusions.Pair> pairs) implements ModelDelta {
    }

    /**
     * Some accounts as they are now: those of them who are confirmed attendees, with their profiles, and the blocks
     * any of them is part of. The others are not attendees.
     */
    record Members(long version, EventId event, Set<AccountId> accounts, List<Member> attendees,
                   Set<Exclusions.Pair> blocks) implements ModelDelta {
    }

    /** One more pair never recommended to each other (a block, a match or a connection). */
    record Excluded(long version, Exclusions.Pair pair) implements ModelDelta {
    }
}
