package org.mingle.domain.mail;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Backlog;

/**
 * Queues mail in the transaction that decides to send it: a change that rolls back sends nothing, one that commits
 * loses nothing. {@link MailDelivery} sends it after commit. No feature talks to a mail server itself.
 */
@Singleton
public class MailOutbox {

    static final String NO_SERVER = "not sent: no mail server configured";

    private final JdbcOutbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    MailOutbox(JdbcOutbox outbox, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Queues a mail inside the transaction in progress (or its own, when there is none). */
    @Transactional
    public MailId queue(MailToSend mail) {
        return queueAll(List.of(mail)).get(0);
    }

    /** Queues many mails with a few statements (1,000 rows each), in the transaction in progress. */
    @Transactional
    public List<MailId> queueAll(List<MailToSend> mails) {
        var byId = new LinkedHashMap<MailId, MailToSend>();
        mails.forEach(mail -> byId.put(MailId.newId(), mail));
        outbox.insertAll(byId, clock.instant().truncatedTo(ChronoUnit.MICROS),
                settings.server().isPresent() ? Optional.empty() : Optional.of(NO_SERVER));
        return List.copyOf(byId.keySet());
    }

    /**
     * The account's latest mail that could not be delivered (retries used up, or refused by its server), so its owner
     * sees that mail stopped reaching them and why.
     */
    @ReadOnly
    public List<QueuedMail> undeliveredTo(AccountId account, int limit) {
        return outbox.failedTo(account, limit);
    }

    /** The mail still waiting to be sent (first or next attempt), and since when the oldest waits: for metrics. */
    @ReadOnly
    public Backlog backlog() {
        return outbox.backlog();
    }

    /** How many mails sent for this reference stand in each state. */
    @ReadOnly
    public Map<MailState, Integer> countsFor(UUID reference) {
        return outbox.countsFor(reference);
    }
}
