package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mingle.domain.events.EventService;
import org.mingle.domain.mail.Words;
import org.mingle.domain.rounds.RoundSeat;
import org.mingle.domain.rounds.RoundService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each seated attendee, {@value #LEAD_MINUTES} minutes before a speed-networking round starts, where to go:
 * their table, or that they rest this round. Checked every 30 seconds on every instance; each notice is recorded per
 * attendee and round in the transaction that writes it, so it goes out once.
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class RoundNotices {

    static final int LEAD_MINUTES = 2;
    private static final Logger LOG = LoggerFactory.getLogger(RoundNotices.class);

    private final RoundService rounds;
    private final EventService events;
    private final NotificationService notifications;
    private final JdbcReminders records;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    RoundNotices(RoundService rounds, EventService events, NotificationService notifications, JdbcReminders records,
                 TransactionOperations<Connection> transactions, Clock clock) {
        this.rounds = rounds;
        this.events = events;
        this.notifications = notifications;
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${mingle.notifications.round-interval:30s}", initialDelay = "15s")
    void noticeDue() {
        try {
            var now = clock.instant();
            var seats = rounds.seatsStartingBetween(now, now.plus(Duration.ofMinutes(LEAD_MINUTES)));
            seats.stream().collect(Collectors.groupingBy(seat -> seat.event() + "#" + seat.round()))
                    .values().forEach(this::notice);
        } catch (RuntimeException e) {
            LOG.warn("Sending round notices failed; retrying on the next check: {}", e.toString());
        }
    }

    /** Tells the seated of one round who have not been told; how many it told. */
    int notice(List<RoundSeat> seats) {
        var first = seats.get(0);
        return transactions.executeWrite(status -> {
            var event = events.forItsRegistrants(first.event());
            var told = records.recordNewRoundNotices(first.event(), first.round(),
                    seats.stream().map(RoundSeat::account).toList(), clock.instant().truncatedTo(ChronoUnit.MICROS));
            var at = Words.timeOfDay(first.startsAt().atZone(event.details().timeZone()));
            notifications.sendAll(seats.stream().filter(seat -> told.contains(seat.account())).map(seat ->
                    new NewNotification(seat.account(), NotificationKind.ROUND_STARTING,
                            seat.table() == null ? Words.of("round.rest.title", seat.round(), at)
                                    : Words.of("round.seated.title", seat.round(), at, seat.table()),
                            seat.table() == null ? Words.of("round.rest.body", event.title())
                                    : Words.of("round.seated.body", seat.table(), event.title()),
                            Optional.of(EventWords.eventPath(first.event()) + "/my-rounds"),
                            Optional.of(first.event()))).toList());
            return told.size();
        });
    }
}
