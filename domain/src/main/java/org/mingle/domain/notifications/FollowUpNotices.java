package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.DueFollowUp;
import org.mingle.domain.mail.Words;
import org.mingle.domain.shared.Chunks;
import org.mingle.domain.shared.TextRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the owner of a private follow-up, once, when its reminder day comes: whom it is about and what they noted to
 * do. Which follow-ups are due, and on which day, is the connections feature's to say ({@link
 * ConnectionService#followUpsDue}). Checked every quarter of an hour on every instance (reminders are days, and go out
 * in the daily digest unless people choose otherwise); each notice is recorded per owner, connection and reminder day
 * in the transaction that writes it, so it goes out once, and a reminder moved to another day gives a new notice.
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class FollowUpNotices {

    /** How much of the private note the notice quotes; the network page shows the rest. */
    static final int NOTE_QUOTED = 200;
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpNotices.class);

    private final ConnectionService connections;
    private final NotificationService notifications;
    private final JdbcReminders records;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    FollowUpNotices(ConnectionService connections, NotificationService notifications, JdbcReminders records,
                    TransactionOperations<Connection> transactions, Clock clock) {
        this.connections = connections;
        this.notifications = notifications;
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${mingle.notifications.follow-up-interval:15m}", initialDelay = "30s")
    void noticeDue() {
        try {
            noticeAll();
        } catch (RuntimeException e) {
            LOG.warn("Sending follow-up notices failed; retrying on the next check: {}", e.toString());
        }
    }

    /** Tells the owners of every due follow-up not told yet, a page at a time; how many it told. */
    int noticeAll() {
        int told = 0;
        Optional<DueFollowUp> after = Optional.empty();
        while (true) {
            Page page = noticePage(after);
            told += page.told();
            if (page.read().size() < Chunks.ROWS) {
                return told;
            }
            after = Optional.of(page.read().get(page.read().size() - 1));
        }
    }

    /**
     * One page of due follow-ups, read and told in one transaction: a follow-up marked done meanwhile is not told,
     * and each transaction stays short however many are due.
     */
    private Page noticePage(Optional<DueFollowUp> after) {
        return transactions.executeWrite(status -> {
            var due = connections.followUpsDue(after, Chunks.ROWS);
            var recorded = records.recordNewFollowUpNotices(due, clock.instant().truncatedTo(ChronoUnit.MICROS));
            var told = due.stream()
                    .filter(followUp -> recorded.contains(new JdbcReminders.Noticed(followUp.owner(),
                            followUp.connection())))
                    .map(FollowUpNotices::notice).toList();
            notifications.sendAll(told);
            return new Page(due, told.size());
        });
    }

    private record Page(List<DueFollowUp> read, int told) {
    }

    private static NewNotification notice(DueFollowUp due) {
        Object who = due.otherName() == null ? Words.of("followUp.aConnection") : due.otherName();
        Words met = due.eventTitle() == null ? Words.literal("") : Words.of("followUp.met", due.eventTitle());
        Words said = switch (due.followUp()) {
            case CONTACTED -> Words.of("followUp.contacted", who, met);
            case MEETING_BOOKED -> Words.of("followUp.meetingBooked", who, met);
            case NONE, TO_CONTACT, DONE -> Words.of("followUp.meant", who, met);
        };
        Words body = due.note() == null ? said
                : Words.joined(said, Words.of("followUp.note", quoted(due.note())));
        return new NewNotification(due.owner(), NotificationKind.FOLLOW_UP_DUE, Words.of("followUp.title", who), body,
                Optional.of(networkPath(due)), Optional.of(due.event()));
    }

    private static String quoted(String note) {
        String start = TextRules.truncate(note, NOTE_QUOTED);
        return start.equals(note) ? note : TextRules.truncate(note, NOTE_QUOTED - 1) + "\u2026";
    }

    /** The network page with this connection's notes open. */
    private static String networkPath(DueFollowUp due) {
        return "/" + ConnectionService.NETWORK_PAGE + "?" + ConnectionService.NETWORK_CONNECTION + "="
                + due.connection();
    }
}
