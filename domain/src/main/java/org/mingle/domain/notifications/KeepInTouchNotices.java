package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.contacts.DueContact;
import org.mingle.domain.contacts.TimelineKind;
import org.mingle.domain.mail.Words;
import org.mingle.domain.shared.Chunks;
import org.mingle.domain.shared.TextRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a person when it is time to get in touch with a contact they chose to keep in touch with (decision 48), with
 * what the two talked about last. Which settings are due is the contacts feature's to say ({@link
 * ContactService#claimDue}); it locks each due setting with {@code SKIP LOCKED} and moves it to its next period in the
 * transaction that writes the notice, so with several instances checking every quarter of an hour, each notice still
 * goes out once.
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class KeepInTouchNotices {

    /** How much of the private note the notice quotes; the contact's page shows the rest. */
    static final int NOTE_QUOTED = 200;
    private static final Logger LOG = LoggerFactory.getLogger(KeepInTouchNotices.class);

    private final ContactService contacts;
    private final NotificationService notifications;
    private final TransactionOperations<Connection> transactions;

    KeepInTouchNotices(ContactService contacts, NotificationService notifications,
                       TransactionOperations<Connection> transactions) {
        this.contacts = contacts;
        this.notifications = notifications;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelay = "${mingle.notifications.keep-in-touch-interval:15m}", initialDelay = "45s")
    void noticeDue() {
        try {
            noticeAll();
        } catch (RuntimeException e) {
            LOG.warn("Sending keep-in-touch notices failed; retrying on the next check: {}", e.toString());
        }
    }

    /**
     * Tells the owners of the due settings, a page per transaction, until a page tells nobody; how many it told. A page
     * whose settings all turned out not to be due yet (moved to their real time) ends the round: the rest wait for the
     * next check, a quarter of an hour later, which is soon enough for reminders counted in weeks.
     */
    int noticeAll() {
        int told = 0;
        while (true) {
            int[] page = transactions.executeWrite(status -> {
                var due = contacts.claimDue(Chunks.ROWS);
                notifications.sendAll(due.stream().map(KeepInTouchNotices::notice).toList());
                return new int[] {due.size()};
            });
            told += page[0];
            if (page[0] == 0) {
                return told;
            }
        }
    }

    static NewNotification notice(DueContact due) {
        Words body = Words.of("keepInTouch.every", due.every().days());
        var topic = due.lastTopic();
        if (topic != null) {
            Words where = topic.eventTitle() == null ? Words.literal("")
                    : Words.literal(" (" + topic.eventTitle() + ")");
            // A timeline entry's detail is English words from the contacts feature; a note is the person's own.
            body = Words.joined(body, topic.kind() == TimelineKind.NOTE
                    ? Words.of("keepInTouch.lastNote", where, quoted(topic.text()))
                    : Words.of("keepInTouch.lastTime", topic.detail()));
        }
        return new NewNotification(due.owner(), NotificationKind.KEEP_IN_TOUCH,
                Words.of("keepInTouch.title", due.contactName()), body,
                Optional.of("/" + ContactService.CONTACT_PAGE + "/" + due.contact()),
                Optional.ofNullable(topic == null ? null : topic.eventId()));
    }

    private static String quoted(String note) {
        String start = TextRules.truncate(note, NOTE_QUOTED);
        return start.equals(note) ? note : TextRules.truncate(note, NOTE_QUOTED - 1) + "\u2026";
    }
}
