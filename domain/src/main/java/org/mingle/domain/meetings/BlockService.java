package org.mingle.domain.meetings;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.profiles.ProfileNotFoundException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.RuleViolationException;

/**
 * Blocking: the two people are never recommended to each other and cannot send each other meeting requests. Blocking
 * closes what is pending between them and frees the slots of their meetings; it does not undo a match already made.
 */
@Singleton
public class BlockService {

    private final Blocks blocks;
    private final MeetingRequests requests;
    private final MeetingSchedule schedule;
    private final AccountService accounts;
    private final ApplicationEventPublisher<PairBlocked> blocking;
    private final ApplicationEventPublisher<PairUnblocked> unblocking;
    private final Clock clock;

    BlockService(Blocks blocks, MeetingRequests requests, MeetingSchedule schedule, AccountService accounts,
                 ApplicationEventPublisher<PairBlocked> blocking, ApplicationEventPublisher<PairUnblocked> unblocking,
                 Clock clock) {
        this.blocks = blocks;
        this.requests = requests;
        this.schedule = schedule;
        this.accounts = accounts;
        this.blocking = blocking;
        this.unblocking = unblocking;
        this.clock = clock;
    }

    /**
     * Blocks a person; blocking twice is harmless.
     *
     * @throws ProfileNotFoundException when there is no such active person
     */
    @Transactional
    public void block(AccountId actor, AccountId other) {
        if (actor.equals(other)) {
            throw new RuleViolationException("You cannot block yourself.");
        }
        if (accounts.findActive(other).isEmpty()) {
            throw new ProfileNotFoundException();
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean added = blocks.add(actor, other, now);
        requests.closePendingBetween(actor, other, now);
        schedule.deleteBetween(actor, other);
        if (added) {
            blocking.publishEvent(new PairBlocked(actor, other));
        }
    }

    /** Lifts a block; lifting one that does not exist is harmless. */
    @Transactional
    public void unblock(AccountId actor, AccountId other) {
        if (blocks.remove(actor, other)) {
            unblocking.publishEvent(new PairUnblocked(actor, other));
        }
    }

    /** The people the actor blocked, newest first. */
    @ReadOnly
    public List<BlockedPerson> blocked(AccountId actor) {
        return blocks.by(actor);
    }

    @ReadOnly
    public boolean blockedEitherWay(AccountId a, AccountId b) {
        return blocks.eitherWay(a, b);
    }

    /** Blocks made by or against any of the accounts, for matching. */
    @ReadOnly
    public List<Block> involving(Collection<AccountId> accounts) {
        return accounts.isEmpty() ? List.of() : blocks.involving(accounts);
    }

    /** Blocks between any two of the accounts, for matching. */
    @ReadOnly
    public List<Block> among(Collection<AccountId> accounts) {
        return blocks.among(accounts);
    }
}
