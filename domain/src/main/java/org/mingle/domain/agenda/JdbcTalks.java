package org.mingle.domain.agenda;

import static org.mingle.db.jooq.Tables.TALKS;
import static org.mingle.db.jooq.Tables.TALK_SPEAKERS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mingle.db.jooq.tables.records.TalksRecord;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/**
 * Talks and their speakers in PostgreSQL. Speakers who are accounts come back without a name: the service names them
 * from the accounts feature, so a renamed person shows under the new name.
 */
@Singleton
class JdbcTalks {

    /** How many of a person's talks their record and export read: a lifetime of speaking, and then some. */
    static final int TALKS_OF_ONE_PERSON_MAX = 500;

    private final DSLContext sql;

    JdbcTalks(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Makes changes to one event's agenda take turns until the transaction ends, so the room check and the talk limit
     * hold under concurrent requests. An advisory lock rather than the event's row lock: registrations queue on that
     * row at busy times, and an agenda edit need not wait for them.
     */
    void lockAgenda(EventId event) {
        sql.execute("select pg_advisory_xact_lock(hashtextextended('agenda:' || {0}, 0))",
                DSL.val(event.toString()));
    }

    void insert(TalkId id, EventId event, AgendaRules.Checked talk, Instant now) {
        sql.insertInto(TALKS)
                .set(TALKS.ID, id)
                .set(TALKS.EVENT_ID, event)
                .set(TALKS.TITLE, talk.title())
                .set(TALKS.ABSTRACT, talk.abstractText())
                .set(TALKS.STARTS_AT, talk.startsAt())
                .set(TALKS.ENDS_AT, talk.endsAt())
                .set(TALKS.ROOM, talk.room())
                .set(TALKS.CREATED_AT, now)
                .set(TALKS.UPDATED_AT, now)
                .execute();
        insertSpeakers(id, talk);
    }

    /** Replaces the talk's fields and speakers; false when the event has no such talk. */
    boolean replace(TalkId id, EventId event, AgendaRules.Checked talk, Instant now) {
        int changed = sql.update(TALKS)
                .set(TALKS.TITLE, talk.title())
                .set(TALKS.ABSTRACT, talk.abstractText())
                .set(TALKS.STARTS_AT, talk.startsAt())
                .set(TALKS.ENDS_AT, talk.endsAt())
                .set(TALKS.ROOM, talk.room())
                .set(TALKS.UPDATED_AT, now)
                .where(TALKS.ID.eq(id).and(TALKS.EVENT_ID.eq(event)))
                .execute();
        if (changed == 0) {
            return false;
        }
        sql.deleteFrom(TALK_SPEAKERS).where(TALK_SPEAKERS.TALK_ID.eq(id)).execute();
        insertSpeakers(id, talk);
        return true;
    }

    private void insertSpeakers(TalkId id, AgendaRules.Checked talk) {
        int position = 0;
        var insert = sql.insertInto(TALK_SPEAKERS, TALK_SPEAKERS.TALK_ID, TALK_SPEAKERS.POSITION,
                TALK_SPEAKERS.ACCOUNT_ID, TALK_SPEAKERS.GUEST_NAME);
        for (AccountId account : talk.accounts()) {
            insert = insert.values(id, position++, account, null);
        }
        for (String guest : talk.guests()) {
            insert = insert.values(id, position++, null, guest);
        }
        if (position > 0) {
            insert.execute();
        }
    }

    /** Removes the talk (its speakers go with it); false when the event has no such talk. */
    boolean delete(TalkId id, EventId event) {
        return sql.deleteFrom(TALKS).where(TALKS.ID.eq(id).and(TALKS.EVENT_ID.eq(event))).execute() == 1;
    }

    int count(EventId event) {
        return sql.fetchCount(TALKS, TALKS.EVENT_ID.eq(event));
    }

    Optional<Talk> find(EventId event, TalkId id) {
        return withSpeakers(sql.selectFrom(TALKS).where(TALKS.ID.eq(id).and(TALKS.EVENT_ID.eq(event)))
                .fetch()).stream().findFirst();
    }

    /** The event's whole agenda in order of time (at most {@link AgendaRules#TALKS_MAX} talks). */
    List<Talk> ofEvent(EventId event) {
        return withSpeakers(sql.selectFrom(TALKS).where(TALKS.EVENT_ID.eq(event))
                .orderBy(TALKS.STARTS_AT, TALKS.ROOM, TALKS.ID).fetch());
    }

    /** One page of the event's agenda in order of time. */
    Page<Talk> ofEvent(EventId event, PageRequest page) {
        var items = withSpeakers(sql.selectFrom(TALKS).where(TALKS.EVENT_ID.eq(event))
                .orderBy(TALKS.STARTS_AT, TALKS.ROOM, TALKS.ID)
                .limit(page.size()).offset(page.offset()).fetch());
        return new Page<>(items, page.page(), page.size(), count(event));
    }

    /** The talks the account speaks in, latest first, whatever their events' state. */
    List<Talk> spokenBy(AccountId account) {
        return withSpeakers(sql.selectFrom(TALKS)
                .where(TALKS.ID.in(DSL.select(TALK_SPEAKERS.TALK_ID).from(TALK_SPEAKERS)
                        .where(TALK_SPEAKERS.ACCOUNT_ID.eq(account))))
                .orderBy(TALKS.STARTS_AT.desc(), TALKS.ID)
                .limit(TALKS_OF_ONE_PERSON_MAX).fetch());
    }

    /** Takes the account off every speaker list; the talks stay on their agendas. */
    void removeSpeaker(AccountId account) {
        sql.deleteFrom(TALK_SPEAKERS).where(TALK_SPEAKERS.ACCOUNT_ID.eq(account)).execute();
    }

    /** The talks with their speakers, in one more query whatever their number. */
    private List<Talk> withSpeakers(Collection<TalksRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<TalkId, List<Speaker>> speakers = new HashMap<>();
        sql.selectFrom(TALK_SPEAKERS)
                .where(TALK_SPEAKERS.TALK_ID.in(rows.stream().map(TalksRecord::getId).toList()))
                .orderBy(TALK_SPEAKERS.TALK_ID, TALK_SPEAKERS.POSITION)
                .forEach(r -> speakers.computeIfAbsent(r.getTalkId(), id -> new ArrayList<>())
                        .add(r.getAccountId() == null ? Speaker.guest(r.getGuestName())
                                : Speaker.member(r.getAccountId(), "")));
        return rows.stream().map(r -> new Talk(r.getId(), r.getEventId(), r.getTitle(), r.getAbstract(),
                r.getStartsAt(), r.getEndsAt(), r.getRoom(), speakers.getOrDefault(r.getId(), List.of()))).toList();
    }
}
