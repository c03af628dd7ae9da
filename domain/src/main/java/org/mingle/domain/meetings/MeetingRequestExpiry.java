package org.mingle.domain.meetings;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute, marks the meeting requests whose time ran out as EXPIRED, so both people are told and the sender's
 * allowance frees up. Safe on every instance at once: each batch claims its rows with {@code SKIP LOCKED}, and a
 * request is marked only while it is still pending. Sending a request expires the sender's own overdue ones first, so
 * the allowance is exact between two sweeps too.
 */
@Singleton
class MeetingRequestExpiry {

    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(MeetingRequestExpiry.class);

    private final MeetingRequestService requests;

    MeetingRequestExpiry(MeetingRequestService requests) {
        this.requests = requests;
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "30s")
    void sweep() {
        try {
            int expired;
            do {
                expired = requests.expireOverdue(BATCH);
                if (expired > 0) {
                    LOG.info("{} meeting requests expired unanswered", expired);
                }
            } while (expired == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Expiring meeting requests failed; retrying on the next pass: {}", e.toString());
        }
    }
}
