package org.mingle.domain.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * How reliably someone answers the meeting requests they receive at an event, shown to whom they ask (decision 56):
 * "answers 4 of 5 requests". A request counts once it is settled: accepted or declined (answered), expired, or still
 * pending after {@link #UNANSWERED_AFTER}. Withdrawn requests and fresh pending ones say nothing about the person
 * asked, so they do not count.
 *
 * @param answered requests accepted or declined
 * @param counted  requests that count: answered, expired, or pending for longer than {@link #UNANSWERED_AFTER}
 */
public record ResponseRate(int answered, int counted) {

    /** Fewer counted requests than this say too little: the person is "new here". */
    static final int FEWEST_COUNTED = 3;

    /** A request still waiting after this long counts as not answered (so far). */
    static final Duration UNANSWERED_AFTER = Duration.ofHours(24);

    /** A request as it counts towards its addressee's rate. */
    record Received(MeetingRequestStatus status, Instant createdAt) {
    }

    public ResponseRate {
        if (answered < 0 || counted < answered) {
            throw new IllegalArgumentException("answered " + answered + " of " + counted);
        }
    }

    /** The rate over the requests someone received at one event, as things stand at {@code now}. */
    static ResponseRate of(Collection<Received> received, Instant now) {
        int answered = 0;
        int counted = 0;
        Instant waitingSince = now.minus(UNANSWERED_AFTER);
        for (Received request : received) {
            switch (request.status()) {
                case ACCEPTED, DECLINED -> {
                    answered++;
                    counted++;
                }
                case EXPIRED -> counted++;
                case PENDING -> counted += request.createdAt().isAfter(waitingSince) ? 0 : 1;
                case CANCELLED -> {
                    // Withdrawn by its sender: nothing to answer.
                }
            }
        }
        return new ResponseRate(answered, counted);
    }

    /** Whether there are too few settled requests to say how this person answers. */
    public boolean newHere() {
        return counted < FEWEST_COUNTED;
    }
}
