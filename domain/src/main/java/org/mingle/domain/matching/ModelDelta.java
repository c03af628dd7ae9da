package org.mingle.domain.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingle.domain.events.EarlierEvent;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * Data for an event's model as read at one version of the event (see {@link MatchingModel}): the version is a lower
 * bound, the data reflects at least every change up to it.
 */
sealed interface ModelDelta {

    /**
     * The version of a pair that no later read takes back: pairs who connected stay connected, so their exclusion
     * needs no version (decision 27).
     */
    long PERMANENT = Long.MAX_VALUE;

    long version();

    /**
     * Everything: the event's attendees and every pair kept apart; {@code connected} are the pairs among them that
     * connected at the event, {@code metBefore} those who connected at an earlier event of the event's community (the
     * latest such event), {@code rule} whom the event's categories let meet.
     */
    record Everything(long version, List<Member> members, Set<Exclusions.Pair> pairs,
                      Set<Exclusions.Pair> connected, Map<Exclusions.Pair, EarlierEvent> metBefore,
                      AttendeeCategories.Rule rule)
            implements ModelDelta {

        Everything(long version, List<Member> members, Set<Exclusions.Pair> pairs, Set<Exclusions.Pair> connected,
                   Map<Exclusions.Pair, EarlierEvent> metBefore) {
            this(version, members, pairs, connected, metBefore, AttendeeCategories.Rule.ANYONE);
        }

        Everything(long version, List<Member> members, Set<Exclusions.Pair> pairs, Set<Exclusions.Pair> connected) {
            this(version, members, pairs, connected, Map.of());
        }
    }

    /**
     * Some accounts as they are now: those of them who are confirmed attendees, with their profiles, and the blocks
     * any of them is part of, and where any of them met someone at an earlier event of the community. The others are
     * not attendees.
     */
    record Members(long version, EventId event, Set<AccountId> accounts, List<Member> attendees,
                   Set<Exclusions.Pair> blocks, Map<Exclusions.Pair, EarlierEvent> metBefore) implements ModelDelta {

        Members(long version, EventId event, Set<AccountId> accounts, List<Member> attendees,
                Set<Exclusions.Pair> blocks) {
            this(version, event, accounts, attendees, blocks, Map.of());
        }
    }

    /** One more pair never recommended to each other (a block, a match or a connection). */
    record Excluded(long version, Exclusions.Pair pair) implements ModelDelta {

        /** A pair that connected: excluded for good, whatever the version of what the model holds. */
        static Excluded connected(Exclusions.Pair pair) {
            return new Excluded(PERMANENT, pair);
        }
    }
}
