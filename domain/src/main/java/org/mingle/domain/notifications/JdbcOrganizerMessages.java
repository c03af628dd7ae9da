package org.mingle.domain.notifications;

import static org.jooq.Records.mapping;
import static org.mingle.db.jooq.Tables.ORGANIZER_MESSAGES;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;

/** Organizers' messages in PostgreSQL. */
@Singleton
class JdbcOrganizerMessages {

    private final DSLContext sql;

    JdbcOrganizerMessages(DSLContext sql) {
        this.sql = sql;
    }

    void insert(OrganizerMessage message) {
        sql.insertInto(ORGANIZER_MESSAGES)
                .set(ORGANIZER_MESSAGES.ID, message.id())
                .set(ORGANIZER_MESSAGES.EVENT_ID, message.event())
                .set(ORGANIZER_MESSAGES.SENDER_ID, message.sender())
                .set(ORGANIZER_MESSAGES.SUBJECT, message.subject())
                .set(ORGANIZER_MESSAGES.BODY, message.body())
                .set(ORGANIZER_MESSAGES.AUDIENCE, message.audience())
                .set(ORGANIZER_MESSAGES.RECIPIENTS, message.recipients())
                .set(ORGANIZER_MESSAGES.CREATED_AT, message.sentAt())
                .execute();
    }

    /** Takes the event's message lock (its row in events is not ours): senders of one event queue here. */
    void lockEvent(EventId event) {
        sql.execute("select pg_advisory_xact_lock(hashtextextended('organizer-messages:' || {0}, 0))",
                org.jooq.impl.DSL.val(event.toString()));
    }

    /** The send time of the oldest of the event's last {@code limit} messages sent since {@code since}. */
    Optional<Instant> oldestOfLast(EventId event, Instant since, int limit) {
        var times = sql.select(ORGANIZER_MESSAGES.CREATED_AT).from(ORGANIZER_MESSAGES)
                .where(ORGANIZER_MESSAGES.EVENT_ID.eq(event).and(ORGANIZER_MESSAGES.CREATED_AT.gt(since)))
                .orderBy(ORGANIZER_MESSAGES.CREATED_AT.desc()).limit(limit)
                .fetch(row -> row.value1());
        return times.size() < limit ? Optional.empty() : Optional.of(times.get(times.size() - 1));
    }

    List<OrganizerMessage> of(EventId event) {
        return sql.select(ORGANIZER_MESSAGES.ID, ORGANIZER_MESSAGES.EVENT_ID, ORGANIZER_MESSAGES.SENDER_ID,
                        ORGANIZER_MESSAGES.SUBJECT, ORGANIZER_MESSAGES.BODY, ORGANIZER_MESSAGES.AUDIENCE,
                        ORGANIZER_MESSAGES.RECIPIENTS, ORGANIZER_MESSAGES.CREATED_AT)
                .from(ORGANIZER_MESSAGES).where(ORGANIZER_MESSAGES.EVENT_ID.eq(event))
                .orderBy(ORGANIZER_MESSAGES.CREATED_AT.desc())
                .fetch(mapping(OrganizerMessage::new));
    }
}
