package org.mingle.domain.meetings;

import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.mingle.db.jooq.tables.records.MeetingRequestsRecord;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.events.EventId;

/** Meeting requests in PostgreSQL. */
@Singleton
class JdbcMeetingRequests implements MeetingRequests {

    private static final List<String> OPEN = List.of(MeetingRequestStatus.PENDING.name(),
            MeetingRequestStatus.ACCEPTED.name());

    private final DSLContext sql;

    JdbcMeetingRequests(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public boolean insertIfNoneOpen(MeetingRequest request) {
        return sql.insertInto(MEETING_REQUESTS)
                .set(MEETING_REQUESTS.ID, request.id().value())
                .set(MEETING_REQUESTS.EVENT_ID, request.eventId().value())
                .set(MEETING_REQUESTS.FROM_ACCOUNT, request.from().value())
                .set(MEETING_REQUESTS.TO_ACCOUNT, request.to().value())
                .set(MEETING_REQUESTS.MESSAGE, request.message())
                .set(MEETING_REQUESTS.STATUS, request.status().name())
                .set(MEETING_REQUESTS.CREATED_AT, request.createdAt())
                .onConflictDoNothing()
                .execute() > 0;
    }

    @Override
    public Optional<MeetingRequest> openBetween(EventId event, AccountId a, AccountId b) {
        return sql.selectFrom(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.EVENT_ID.eq(event.value()).and(between(a, b))
                        .and(MEETING_REQUESTS.STATUS.in(OPEN)))
                .fetchOptional(JdbcMeetingRequests::toRequest);
    }

    @Override
    public int countPendingFrom(EventId event, AccountId sender) {
        return sql.fetchCount(MEETING_REQUESTS, MEETING_REQUESTS.EVENT_ID.eq(event.value())
                .and(MEETING_REQUESTS.FROM_ACCOUNT.eq(sender.value()))
                .and(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.PENDING.name())));
    }

    @Override
    public Optional<MeetingRequest> find(EventId event, MeetingRequestId id) {
        return sql.selectFrom(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.ID.eq(id.value()).and(MEETING_REQUESTS.EVENT_ID.eq(event.value())))
                .fetchOptional(JdbcMeetingRequests::toRequest);
    }

    @Override
    public Optional<MeetingRequest> lock(EventId event, MeetingRequestId id) {
        return sql.selectFrom(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.ID.eq(id.value()).and(MEETING_REQUESTS.EVENT_ID.eq(event.value())))
                .forUpdate()
                .fetchOptional(JdbcMeetingRequests::toRequest);
    }

    @Override
    public void setStatus(MeetingRequestId id, MeetingRequestStatus status, Instant respondedAt) {
        sql.update(MEETING_REQUESTS)
                .set(MEETING_REQUESTS.STATUS, status.name())
                .set(MEETING_REQUESTS.RESPONDED_AT, respondedAt)
                .where(MEETING_REQUESTS.ID.eq(id.value()))
                .execute();
    }

    @Override
    public List<MeetingRequest> involving(EventId event, AccountId account) {
        return sql.selectFrom(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.EVENT_ID.eq(event.value())
                        .and(MEETING_REQUESTS.FROM_ACCOUNT.eq(account.value())
                                .or(MEETING_REQUESTS.TO_ACCOUNT.eq(account.value()))))
                .orderBy(MEETING_REQUESTS.CREATED_AT.desc(), MEETING_REQUESTS.ID)
                .fetch(JdbcMeetingRequests::toRequest);
    }

    @Override
    public List<MeetingRequest> accepted(EventId event) {
        return sql.selectFrom(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.EVENT_ID.eq(event.value())
                        .and(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.ACCEPTED.name())))
                .fetch(JdbcMeetingRequests::toRequest);
    }

    @Override
    public List<MeetingRequest> ofAccount(AccountId account) {
        return sql.selectFrom(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.FROM_ACCOUNT.eq(account.value())
                        .or(MEETING_REQUESTS.TO_ACCOUNT.eq(account.value())))
                .orderBy(MEETING_REQUESTS.CREATED_AT, MEETING_REQUESTS.ID)
                .fetch(JdbcMeetingRequests::toRequest);
    }

    @Override
    public void closePendingBetween(AccountId closer, AccountId other, Instant now) {
        Condition pending = MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.PENDING.name());
        sql.update(MEETING_REQUESTS)
                .set(MEETING_REQUESTS.STATUS, MeetingRequestStatus.CANCELLED.name())
                .set(MEETING_REQUESTS.RESPONDED_AT, now)
                .where(pending.and(MEETING_REQUESTS.FROM_ACCOUNT.eq(closer.value()))
                        .and(MEETING_REQUESTS.TO_ACCOUNT.eq(other.value())))
                .execute();
        sql.update(MEETING_REQUESTS)
                .set(MEETING_REQUESTS.STATUS, MeetingRequestStatus.DECLINED.name())
                .set(MEETING_REQUESTS.RESPONDED_AT, now)
                .where(pending.and(MEETING_REQUESTS.FROM_ACCOUNT.eq(other.value()))
                        .and(MEETING_REQUESTS.TO_ACCOUNT.eq(closer.value())))
                .execute();
    }

    @Override
    public void forget(AccountId account, Instant now) {
        sql.update(MEETING_REQUESTS)
                .set(MEETING_REQUESTS.STATUS, MeetingRequestStatus.CANCELLED.name())
                .set(MEETING_REQUESTS.RESPONDED_AT, now)
                .where(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.PENDING.name())
                        .and(MEETING_REQUESTS.FROM_ACCOUNT.eq(account.value())
                                .or(MEETING_REQUESTS.TO_ACCOUNT.eq(account.value()))))
                .execute();
        sql.update(MEETING_REQUESTS)
                .setNull(MEETING_REQUESTS.MESSAGE)
                .where(MEETING_REQUESTS.FROM_ACCOUNT.eq(account.value()))
                .execute();
    }

    private static Condition between(AccountId a, AccountId b) {
        return MEETING_REQUESTS.FROM_ACCOUNT.eq(a.value()).and(MEETING_REQUESTS.TO_ACCOUNT.eq(b.value()))
                .or(MEETING_REQUESTS.FROM_ACCOUNT.eq(b.value()).and(MEETING_REQUESTS.TO_ACCOUNT.eq(a.value())));
    }

    private static MeetingRequest toRequest(Record record) {
        MeetingRequestsRecord r = record.into(MEETING_REQUESTS);
        return new MeetingRequest(new MeetingRequestId(r.getId()), new EventId(r.getEventId()),
                new AccountId(r.getFromAccount()), new AccountId(r.getToAccount()), r.getMessage(),
                MeetingRequestStatus.valueOf(r.getStatus()), r.getCreatedAt(), r.getRespondedAt());
    }
}
