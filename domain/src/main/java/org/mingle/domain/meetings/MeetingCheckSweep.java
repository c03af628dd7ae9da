package org.mingle.domain.meetings;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute, asks the two people of each meeting ten minutes into its slot, and not held yet, "Did you meet?".
 * Safe on every instance at once: each batch claims its bookings with {@code SKIP LOCKED} and marks them asked in the
 * same statement, so each meeting is asked about once.
 */
@Singleton
class MeetingCheckSweep {

    static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(MeetingCheckSweep.class);

    private final HeldMeetingService held;

    MeetingCheckSweep(HeldMeetingService held) {
        this.held = held;
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "40s")
    void sweep() {
        try {
            int asked;
            do {
                asked = held.askOverdue(BATCH);
                if (asked > 0) {
                    LOG.info("Asked about {} meetings whether they took place", asked);
                }
            } while (asked == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Asking whether meetings took place failed; retrying on the next pass: {}", e.toString());
        }
    }
}
