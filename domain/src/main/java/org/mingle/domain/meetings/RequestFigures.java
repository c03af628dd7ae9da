package org.mingle.domain.meetings;

import java.time.Duration;
import java.util.Map;
import org.mingle.domain.events.EventId;

/**
 * How an event's meeting requests fared, for its organizers' report (decision 56).
 *
 * @param sent               every request sent, whatever became of it
 * @param accepted           requests the person asked accepted
 * @param declined           requests the person asked declined
 * @param expired            requests nobody answered before they expired
 * @param medianTimeToAnswer the median time from sending to an answer (accepting or declining), whole seconds;
 *                           {@code null} while none is answered
 */
public record RequestFigures(int sent, int accepted, int declined, int expired, Duration medianTimeToAnswer) {

    public static final RequestFigures NONE = new RequestFigures(0, 0, 0, 0, null);

    public RequestFigures {
        if (sent < 0 || accepted < 0 || declined < 0 || expired < 0 || accepted + declined + expired > sent) {
            throw new IllegalArgumentException("impossible request counts");
        }
        if ((medianTimeToAnswer == null) != (accepted + declined == 0)) {
            throw new IllegalArgumentException("a median time to answer goes with answered requests, and only them");
        }
    }

    /** Requests accepted or declined. */
    public int answered() {
        return accepted + declined;
    }

    /**
     * Accepted of answered, four places; 0 while none is answered. Not of sent: a request still waiting, withdrawn or
     * expired was never decided.
     */
    public double acceptanceRate() {
        return answered() == 0 ? 0 : Math.round(10_000.0 * accepted / answered()) / 10_000.0;
    }

    /** The figures of each of several events (those without requests left out), and of all of them together. */
    public record Across(RequestFigures overall, Map<EventId, RequestFigures> byEvent) {

        public Across {
            byEvent = Map.copyOf(byEvent);
        }

        public RequestFigures of(EventId event) {
            return byEvent.getOrDefault(event, NONE);
        }
    }
}
