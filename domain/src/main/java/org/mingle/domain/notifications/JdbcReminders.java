package org.mingle.domain.notifications;

import static org.mingle.db.jooq.Tables.EVENT_REMINDERS;
import static org.mingle.db.jooq.Tables.ROUND_NOTICES;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Chunks;

/** The reminders and round notices sent, in PostgreSQL. */
@Singleton
class JdbcReminders {

    private final DSLContext sql;

    JdbcReminders(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Records this reminder for those of the attendees who have not had it; returns them. Of two instances recording
     * the same reminder at once, the primary key lets one have each attendee.
     */
    List<AccountId> recordNew(EventId event, ReminderKind kind, List<AccountId> attendees, Instant now) {
        if (attendees.isEmpty()) {
            return List.of();
        }
        var recorded = new ArrayList<AccountId>();
        for (var chunk : Chunks.of(attendees, Chunks.ROWS)) {
            var insert = sql.insertInto(EVENT_REMINDERS, EVENT_REMINDERS.EVENT_ID, EVENT_REMINDERS.ACCOUNT_ID,
                    EVENT_REMINDERS.KIND, EVENT_REMINDERS.SENT_AT);
            for (var attendee : chunk) {
                insert = insert.values(event, attendee, kind, now);
            }
            recorded.addAll(insert.onConflictDoNothing().returningResult(EVENT_REMINDERS.ACCOUNT_ID)
                    .fetch(row -> row.value1()));
        }
        return recorded;
    }

    /** Records the round notice for those of the seated who have not had it; returns them. */
    List<AccountId> recordNewRoundNotices(EventId event, int round, List<AccountId> seated, Instant now) {
        if (seated.isEmpty()) {
            return List.of();
        }
        var recorded = new ArrayList<AccountId>();
        for (var chunk : Chunks.of(seated, Chunks.ROWS)) {
            var insert = sql.insertInto(ROUND_NOTICES, ROUND_NOTICES.EVENT_ID, ROUND_NOTICES.ROUND,
                    ROUND_NOTICES.ACCOUNT_ID, ROUND_NOTICES.SENT_AT);
            for (var account : chunk) {
                insert = insert.values(event, (short) round, account, now);
            }
            recorded.addAll(insert.onConflictDoNothing().returningResult(ROUND_NOTICES.ACCOUNT_ID)
                    .fetch(row -> row.value1()));
        }
        return recorded;
    }

    void eraseAllOf(AccountId account) {
        sql.deleteFrom(EVENT_REMINDERS).where(EVENT_REMINDERS.ACCOUNT_ID.eq(account)).execute();
        sql.deleteFrom(ROUND_NOTICES).where(ROUND_NOTICES.ACCOUNT_ID.eq(account)).execute();
    }
}
