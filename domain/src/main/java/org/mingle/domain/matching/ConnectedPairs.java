package org.mingle.domain.matching;

import java.util.Set;
import org.mingle.domain.events.EventId;

/**
 * The pairs who already recorded a connection at an event: matching leaves them out of each other's recommendations
 * and rounds, as it does mutual matches. The connections feature answers; matching only asks.
 */
public interface ConnectedPairs {

    Set<Exclusions.Pair> at(EventId event);
}
