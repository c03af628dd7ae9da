package org.mingle.domain.notifications;

import static org.mingle.db.jooq.Tables.EVENT_REMINDERS;
import static org.mingle.db.jooq.Tables.FOLLOW_UP_NOTICES;
import static org.mingle.db.jooq.Tables.ROUND_NOTICES;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.DueFollowUp;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Chunks;

/** The reminders, round notices and follow-up notices sent, in PostgreSQL. */
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

    /**
     * Records the notice of each follow-up not noticed yet for its owner, connection and reminder day; returns the
     * connections recorded for each owner. One statement for all of them: the caller pages through many.
     */
    Set<Noticed> recordNewFollowUpNotices(List<DueFollowUp> due, Instant now) {
        if (due.isEmpty()) {
            return Set.of();
        }
        var insert = sql.insertInto(FOLLOW_UP_NOTICES, FOLLOW_UP_NOTICES.OWNER_ID, FOLLOW_UP_NOTICES.CONNECTION_ID,
                FOLLOW_UP_NOTICES.REMIND_ON, FOLLOW_UP_NOTICES.SENT_AT);
        for (var followUp : due) {
            insert = insert.values(followUp.owner(), followUp.connection(), followUp.remindOn(), now);
        }
        return insert.onConflictDoNothing()
                .returningResult(FOLLOW_UP_NOTICES.OWNER_ID, FOLLOW_UP_NOTICES.CONNECTION_ID)
                .fetch(row -> new Noticed(row.value1(), row.value2())).stream().collect(Collectors.toSet());
    }

    /** A follow-up whose notice this check recorded. */
    record Noticed(AccountId owner, ConnectionId connection) {
    }

    void eraseAllOf(AccountId account) {
        sql.deleteFrom(EVENT_REMINDERS).where(EVENT_REMINDERS.ACCOUNT_ID.eq(account)).execute();
        sql.deleteFrom(ROUND_NOTICES).where(ROUND_NOTICES.ACCOUNT_ID.eq(account)).execute();
        sql.deleteFrom(FOLLOW_UP_NOTICES).where(FOLLOW_UP_NOTICES.OWNER_ID.eq(account)).execute();
    }
}
