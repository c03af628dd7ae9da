package org.mingle.domain.endorsements;

import static org.mingle.db.jooq.Tables.ENDORSEMENTS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mingle.db.jooq.tables.records.EndorsementsRecord;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/** Endorsements in PostgreSQL, without names and titles (the service adds those from their features). */
@Singleton
class JdbcEndorsements {

    private final DSLContext sql;

    JdbcEndorsements(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Stores a new endorsement unless the endorser already endorsed this person for this event: the unique key
     * decides, also between two requests at the same moment.
     *
     * @return false when one existed already
     */
    boolean insertIfAbsent(EndorsementId id, AccountId endorser, AccountId endorsed, EventId event,
                           List<String> topics, String note, Instant now) {
        return sql.insertInto(ENDORSEMENTS)
                .set(ENDORSEMENTS.ID, id)
                .set(ENDORSEMENTS.ENDORSER_ID, endorser)
                .set(ENDORSEMENTS.ENDORSED_ID, endorsed)
                .set(ENDORSEMENTS.EVENT_ID, event)
                .set(ENDORSEMENTS.TOPICS, topics.toArray(String[]::new))
                .set(ENDORSEMENTS.NOTE, note)
                .set(ENDORSEMENTS.STATUS, EndorsementStatus.PENDING)
                .set(ENDORSEMENTS.CREATED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    Optional<Endorsement> find(EndorsementId id) {
        return sql.selectFrom(ENDORSEMENTS).where(ENDORSEMENTS.ID.eq(id)).fetchOptional(JdbcEndorsements::endorsement);
    }

    /** What the person received with this status, newest first. */
    Page<Endorsement> received(AccountId endorsed, EndorsementStatus status, PageRequest page) {
        var condition = ENDORSEMENTS.ENDORSED_ID.eq(endorsed).and(ENDORSEMENTS.STATUS.eq(status));
        var items = sql.selectFrom(ENDORSEMENTS).where(condition)
                .orderBy(ENDORSEMENTS.CREATED_AT.desc(), ENDORSEMENTS.ID)
                .limit(page.size()).offset(page.offset())
                .fetch(JdbcEndorsements::endorsement);
        return new Page<>(items, page.page(), page.size(), sql.fetchCount(ENDORSEMENTS, condition));
    }

    /** Everything the person received with this status, newest first: one person's endorsements are few. */
    List<Endorsement> allReceived(AccountId endorsed, EndorsementStatus status) {
        return sql.selectFrom(ENDORSEMENTS)
                .where(ENDORSEMENTS.ENDORSED_ID.eq(endorsed).and(ENDORSEMENTS.STATUS.eq(status)))
                .orderBy(ENDORSEMENTS.CREATED_AT.desc(), ENDORSEMENTS.ID)
                .fetch(JdbcEndorsements::endorsement);
    }

    /** Every endorsement between the two, in either direction, oldest first. */
    List<Endorsement> between(AccountId a, AccountId b) {
        return sql.selectFrom(ENDORSEMENTS)
                .where(ENDORSEMENTS.ENDORSER_ID.eq(a).and(ENDORSEMENTS.ENDORSED_ID.eq(b))
                        .or(ENDORSEMENTS.ENDORSER_ID.eq(b).and(ENDORSEMENTS.ENDORSED_ID.eq(a))))
                .orderBy(ENDORSEMENTS.CREATED_AT, ENDORSEMENTS.ID)
                .fetch(JdbcEndorsements::endorsement);
    }

    /** Sets the status the endorsed person chose; false when it is not theirs. */
    boolean decide(EndorsementId id, AccountId endorsed, EndorsementStatus status, Instant now) {
        return sql.update(ENDORSEMENTS)
                .set(ENDORSEMENTS.STATUS, status)
                .set(ENDORSEMENTS.DECIDED_AT, now)
                .where(ENDORSEMENTS.ID.eq(id).and(ENDORSEMENTS.ENDORSED_ID.eq(endorsed)))
                .execute() == 1;
    }

    /** What the account gave and received, oldest first, for the personal-data export. */
    List<Endorsement> involving(AccountId account) {
        return sql.selectFrom(ENDORSEMENTS)
                .where(ENDORSEMENTS.ENDORSER_ID.eq(account).or(ENDORSEMENTS.ENDORSED_ID.eq(account)))
                .orderBy(ENDORSEMENTS.CREATED_AT, ENDORSEMENTS.ID)
                .fetch(JdbcEndorsements::endorsement);
    }

    /** Deletes what the account gave and received: an endorsement names both people, so neither side can stay. */
    int deleteInvolving(AccountId account) {
        return sql.deleteFrom(ENDORSEMENTS)
                .where(ENDORSEMENTS.ENDORSER_ID.eq(account).or(ENDORSEMENTS.ENDORSED_ID.eq(account)))
                .execute();
    }

    private static Endorsement endorsement(EndorsementsRecord r) {
        return new Endorsement(r.getId(), r.getEndorserId(), Optional.empty(), r.getEndorsedId(), r.getEventId(),
                Optional.empty(), Arrays.asList(r.getTopics()), r.getNote(), r.getStatus(), r.getCreatedAt(),
                Optional.ofNullable(r.getDecidedAt()));
    }
}
