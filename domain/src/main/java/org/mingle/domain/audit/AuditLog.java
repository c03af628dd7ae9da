package org.mingle.domain.audit;

import static org.jooq.Records.mapping;
import static org.mingle.db.jooq.Tables.AUDIT_LOG;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.TextRules;

/** Records security events in the current transaction, or on their own when there is none (a failed log-in). */
@Singleton
public class AuditLog {

    private static final int DETAIL_MAX = 500;
    private final DSLContext sql;

    AuditLog(DSLContext sql) {
        this.sql = sql;
    }

    public void record(AuditKind kind, AccountId account, AccountId actor, UUID event, String clientAddress,
                       String detail) {
        sql.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.KIND, kind)
                .set(AUDIT_LOG.ACCOUNT_ID, account)
                .set(AUDIT_LOG.ACTOR_ID, actor)
                .set(AUDIT_LOG.EVENT_ID, event)
                .set(AUDIT_LOG.CLIENT_ADDRESS, clientAddress)
                .set(AUDIT_LOG.DETAIL, TextRules.truncate(detail, DETAIL_MAX))
                .execute();
    }

    public void record(AuditKind kind, AccountId account, String clientAddress) {
        record(kind, account, null, null, clientAddress, null);
    }

    /** The entries about one account, oldest first. */
    public List<AuditEntry> about(AccountId account) {
        return sql.select(AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.KIND, AUDIT_LOG.ACCOUNT_ID, AUDIT_LOG.ACTOR_ID,
                        AUDIT_LOG.EVENT_ID, AUDIT_LOG.CLIENT_ADDRESS, AUDIT_LOG.DETAIL)
                .from(AUDIT_LOG).where(AUDIT_LOG.ACCOUNT_ID.eq(account))
                .orderBy(AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ID)
                .fetch(mapping(AuditEntry::new));
    }

    /**
     * The time of the oldest of the last {@code limit} entries of this kind about the event since {@code since}, when
     * there are that many: for an hourly limit, which lifts an hour after that entry.
     */
    public Optional<Instant> oldestOfLast(AuditKind kind, UUID event, Instant since, int limit) {
        var times = sql.select(AUDIT_LOG.OCCURRED_AT).from(AUDIT_LOG)
                .where(AUDIT_LOG.EVENT_ID.eq(event).and(AUDIT_LOG.KIND.eq(kind)).and(AUDIT_LOG.OCCURRED_AT.gt(since)))
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc()).limit(limit)
                .fetch(row -> row.value1());
        return times.size() < limit ? Optional.empty() : Optional.of(times.get(times.size() - 1));
    }

    /** Forgets where an erased person connected from; the events themselves stay, naming only an anonymous id. */
    public void forgetClientAddresses(AccountId account) {
        sql.update(AUDIT_LOG).setNull(AUDIT_LOG.CLIENT_ADDRESS)
                .where(AUDIT_LOG.ACCOUNT_ID.eq(account).or(AUDIT_LOG.ACTOR_ID.eq(account)))
                .execute();
    }
}
