package org.mingle.domain.matching;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * The pairs who already recorded a connection at an event: matching leaves them out of each other's recommendations
 * and rounds, as it does mutual matches. The connections feature answers, and publishes {@link Recorded} inside the
 * transaction that records a new one; matching only asks and listens.
 */
public interface ConnectedPairs {

    Set<Exclusions.Pair> at(EventId event);

    /**
     * How many pairs have connected at each of the events, as of now; events without any may be missing. Connections
     * are never taken back, so a model that knows fewer has missed one.
     */
    Map<EventId, Long> counts(Collection<EventId> events);

    /**
     * The pairs who connected at any of the events, each with the events where they did, where at least one of the two
     * is among the accounts: who met whom at a community's earlier events (decision 42).
     */
    List<Met> metAt(Collection<EventId> events, Collection<AccountId> involving);

    /** A pair that connected at an event. */
    record Met(Exclusions.Pair pair, EventId event) {

        public Met {
            Objects.requireNonNull(pair, "pair");
            Objects.requireNonNull(event, "event");
        }
    }

    /** A pair connected at an event for the first time. */
    record Recorded(EventId event, Exclusions.Pair pair) {

        public Recorded {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(pair, "pair");
        }
    }
}
