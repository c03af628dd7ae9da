package org.mingle.domain.mail;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.mingle.db.jooq.Tables.OUTGOING_MAIL;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.mingle.db.jooq.tables.records.OutgoingMailRecord;
import org.mingle.domain.infrastructure.SkipLockedClaims;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Backlog;
import org.mingle.domain.shared.Chunks;

/** The outbox in PostgreSQL. */
@Singleton
class JdbcOutbox {

    private final DSLContext sql;

    JdbcOutbox(DSLContext sql) {
        this.sql = sql;
    }

    /** Inserts the mails {@value Chunks#ROWS} rows per statement. */
    void insertAll(Map<MailId, MailToSend> mails, Instant now, Optional<String> note) {
        for (var chunk : Chunks.of(List.copyOf(mails.entrySet()), Chunks.ROWS)) {
            var insert = sql.insertInto(OUTGOING_MAIL, OUTGOING_MAIL.ID, OUTGOING_MAIL.ACCOUNT_ID,
                    OUTGOING_MAIL.RECIPIENT, OUTGOING_MAIL.SUBJECT, OUTGOING_MAIL.TEXT_BODY, OUTGOING_MAIL.HTML_BODY,
                    OUTGOING_MAIL.UNSUBSCRIBE_URL, OUTGOING_MAIL.REFERENCE, OUTGOING_MAIL.STATE,
                    OUTGOING_MAIL.NEXT_ATTEMPT_AT, OUTGOING_MAIL.LAST_ERROR, OUTGOING_MAIL.CREATED_AT,
                    OUTGOING_MAIL.ATTACHMENT_NAME, OUTGOING_MAIL.ATTACHMENT_TYPE, OUTGOING_MAIL.ATTACHMENT_TEXT);
            for (var entry : chunk) {
                var mail = entry.getValue();
                var file = mail.attachment();
                insert = insert.values(entry.getKey(), mail.account().orElse(null), mail.recipient(), mail.subject(),
                        mail.text(), mail.html(), mail.unsubscribeUrl().orElse(null), mail.reference().orElse(null),
                        MailState.QUEUED, now, note.orElse(null), now, file.map(MailAttachment::filename).orElse(null),
                        file.map(MailAttachment::contentType).orElse(null),
                        file.map(MailAttachment::text).orElse(null));
            }
            insert.execute();
        }
    }

    /**
     * Claims up to {@code limit} mails that are due, oldest first, skipping those another worker holds, and moves their
     * next attempt to {@code leaseEnd}: until then no other worker takes them, and if this worker dies they become due
     * again then. Runs as one statement, so the claim commits on its own.
     */
    List<QueuedMail> claimDue(Instant now, Instant leaseEnd, int limit) {
        var due = select(OUTGOING_MAIL.ID).from(OUTGOING_MAIL)
                .where(OUTGOING_MAIL.STATE.eq(MailState.QUEUED).and(OUTGOING_MAIL.NEXT_ATTEMPT_AT.le(now)))
                .orderBy(OUTGOING_MAIL.NEXT_ATTEMPT_AT)
                .limit(limit)
                .forUpdate().skipLocked();
        return sql.update(OUTGOING_MAIL)
                .set(OUTGOING_MAIL.NEXT_ATTEMPT_AT, leaseEnd)
                .set(OUTGOING_MAIL.ATTEMPTS, OUTGOING_MAIL.ATTEMPTS.plus(1))
                .where(SkipLockedClaims.claimed(OUTGOING_MAIL.ID, due))
                .returning()
                .fetch().stream().map(JdbcOutbox::queuedMail)
                .sorted(Comparator.comparing(QueuedMail::createdAt)).toList();
    }

    void markSent(MailId id, Instant now) {
        sql.update(OUTGOING_MAIL)
                .set(OUTGOING_MAIL.STATE, MailState.SENT)
                .set(OUTGOING_MAIL.SENT_AT, now)
                .setNull(OUTGOING_MAIL.LAST_ERROR)
                .where(OUTGOING_MAIL.ID.eq(id))
                .execute();
    }

    void retryAt(MailId id, Instant next, String error) {
        sql.update(OUTGOING_MAIL)
                .set(OUTGOING_MAIL.NEXT_ATTEMPT_AT, next)
                .set(OUTGOING_MAIL.LAST_ERROR, error)
                .where(OUTGOING_MAIL.ID.eq(id))
                .execute();
    }

    /** Gives a claimed mail back without counting the attempt, for a batch cut short before its turn. */
    void release(MailId id, Instant now) {
        sql.update(OUTGOING_MAIL)
                .set(OUTGOING_MAIL.NEXT_ATTEMPT_AT, now)
                .set(OUTGOING_MAIL.ATTEMPTS, OUTGOING_MAIL.ATTEMPTS.minus(1))
                .where(OUTGOING_MAIL.ID.eq(id))
                .execute();
    }

    void markFailed(MailId id, String error) {
        sql.update(OUTGOING_MAIL)
                .set(OUTGOING_MAIL.STATE, MailState.FAILED)
                .set(OUTGOING_MAIL.LAST_ERROR, error)
                .where(OUTGOING_MAIL.ID.eq(id))
                .execute();
    }

    List<QueuedMail> to(AccountId account) {
        return sql.selectFrom(OUTGOING_MAIL)
                .where(OUTGOING_MAIL.ACCOUNT_ID.eq(account))
                .orderBy(OUTGOING_MAIL.CREATED_AT.desc(), OUTGOING_MAIL.ID)
                .fetch(JdbcOutbox::queuedMail);
    }

    /** The account's mail that could not be delivered, newest first. */
    List<QueuedMail> failedTo(AccountId account, int limit) {
        return sql.selectFrom(OUTGOING_MAIL)
                .where(OUTGOING_MAIL.ACCOUNT_ID.eq(account).and(OUTGOING_MAIL.STATE.eq(MailState.FAILED)))
                .orderBy(OUTGOING_MAIL.CREATED_AT.desc(), OUTGOING_MAIL.ID)
                .limit(limit)
                .fetch(JdbcOutbox::queuedMail);
    }

    Optional<QueuedMail> find(MailId id) {
        return sql.selectFrom(OUTGOING_MAIL).where(OUTGOING_MAIL.ID.eq(id)).fetchOptional(JdbcOutbox::queuedMail);
    }

    Map<MailState, Integer> countsFor(UUID reference) {
        var counts = new EnumMap<MailState, Integer>(MailState.class);
        for (var state : MailState.values()) {
            counts.put(state, 0);
        }
        sql.select(OUTGOING_MAIL.STATE, count()).from(OUTGOING_MAIL).where(OUTGOING_MAIL.REFERENCE.eq(reference))
                .groupBy(OUTGOING_MAIL.STATE)
                .forEach(row -> counts.put(row.value1(), row.value2()));
        return counts;
    }

    /** The mail waiting to be sent: one statement over the partial index of queued mail. */
    Backlog backlog() {
        var row = sql.select(count(), min(OUTGOING_MAIL.CREATED_AT)).from(OUTGOING_MAIL)
                .where(OUTGOING_MAIL.STATE.eq(MailState.QUEUED)).fetchOne();
        return row == null ? Backlog.empty() : new Backlog(row.value1(), Optional.ofNullable(row.value2()));
    }

    void deleteAllTo(AccountId account) {
        sql.deleteFrom(OUTGOING_MAIL).where(OUTGOING_MAIL.ACCOUNT_ID.eq(account)).execute();
    }

    private static QueuedMail queuedMail(OutgoingMailRecord row) {
        var file = row.getAttachmentName() == null ? Optional.<MailAttachment>empty()
                : Optional.of(new MailAttachment(row.getAttachmentName(), row.getAttachmentType(),
                        row.getAttachmentText()));
        return new QueuedMail(row.getId(), row.getRecipient(), row.getSubject(), row.getTextBody(), row.getHtmlBody(),
                Optional.ofNullable(row.getUnsubscribeUrl()), file, row.getState(), row.getAttempts(),
                Optional.ofNullable(row.getLastError()), row.getCreatedAt(), Optional.ofNullable(row.getSentAt()));
    }
}
