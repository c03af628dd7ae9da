package org.mingle.domain.events;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.mingle.domain.infrastructure.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes invitations 30 days after they were accepted, withdrawn or expired: they hold the address of someone who
 * may never have agreed to anything, and a month is enough to explain a late click. One delete an hour, on one
 * instance at a time ({@link JobLocks}).
 */
@Singleton
class TeamInvitationCleanup {

    static final Duration KEPT_FOR = Duration.ofDays(30);
    private static final Logger LOG = LoggerFactory.getLogger(TeamInvitationCleanup.class);

    private final TeamInvitations invitations;
    private final JobLocks locks;
    private final Clock clock;

    TeamInvitationCleanup(TeamInvitations invitations, JobLocks locks, Clock clock) {
        this.invitations = invitations;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    void purge() {
        int deleted = locks.runAlone("team-invitation-cleanup",
                () -> invitations.purgeBefore(clock.instant().minus(KEPT_FOR))).orElse(0);
        if (deleted > 0) {
            LOG.info("Deleted {} team invitations answered or expired more than {} days ago", deleted,
                    KEPT_FOR.toDays());
        }
    }
}
