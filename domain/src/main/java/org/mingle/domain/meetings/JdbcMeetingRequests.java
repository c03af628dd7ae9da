package org.mingle.domain.meetings;

import static org.jooq.Records.mapping;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;
import static org.mingle.db.jooq.Tables.MEETING_REQUEST_SUGGESTIONS;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.Record1;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.mingle.domain.events.EventId;
import org.mingle.domain.infrastructure.SkipLockedClaims;
import org.mingle.domain.shared.AccountId;

/** Meeting requests in PostgreSQL. */
@Singleton
class JdbcMeetingRequests implements MeetingRequests {

    private static final List<MeetingRequestStatus> OPEN = List.of(MeetingRequestStatus.PENDING,
            MeetingRequestStatus.ACCEPTED);

    private final DSLContext sql;

    JdbcMeetingRequests(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public boolean insertIfNoneOpen(MeetingRequest request) {
        return sql.insertInto(MEETING_REQUESTS)
                .set(MEETING_REQUESTS.ID, request.id())
                .set(MEETING_REQUESTS.EVENT_ID, request.eventId())
                .set(MEETING_REQUESTS.FROM_ACCOUNT, request.from())
                .set(MEETING_REQUESTS.TO_ACCOUNT, request.to())
                .set(MEETING_REQUESTS.MESSAGE, request.message())
                .set(MEETING_REQUESTS.STATUS, request.status())
                .set(MEETING_REQUESTS.CREATED_AT, request.createdAt())
                .set(MEETING_REQUESTS.EXPIRES_AT, request.expiresAt())
                .set(MEETING_REQUESTS.MEETS_NOW, request.meetsNow())
                .onConflictDoNothing()
                .execute() > 0;
    }

    @Override
    public Optional<MeetingRequest> openBetween(EventId event, AccountId a, AccountId b) {
        return selectRequests()
                .where(MEETING_REQUESTS.EVENT_ID.eq(event).and(between(a, b))
                        .and(MEETING_REQUESTS.STATUS.in(OPEN)))
                .fetchOptional(mapping(JdbcMeetingRequests::request));
    }

    @Override
    public int countPendingFrom(EventId event, AccountId sender) {
        return sql.fetchCount(MEETING_REQUESTS, MEETING_REQUESTS.EVENT_ID.eq(event)
                .and(MEETING_REQUESTS.FROM_ACCOUNT.eq(sender))
                .and(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.PENDING)));
    }

    @Override
    public Optional<Instant> firstExpiryFrom(EventId event, AccountId sender) {
        return sql.select(DSL.min(MEETING_REQUESTS.EXPIRES_AT)).from(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.EVENT_ID.eq(event).and(MEETING_REQUESTS.FROM_ACCOUNT.eq(sender))
                        .and(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.PENDING)))
                .fetchOptional(Record1::value1);
    }

    @Override
    public List<MeetingRequest> expireOverdue(EventId event, AccountId sender, AccountId addressee, Instant now) {
        return expire(MEETING_REQUESTS.EVENT_ID.eq(event)
                .and(MEETING_REQUESTS.FROM_ACCOUNT.eq(sender).or(between(sender, addressee))), now);
    }

    @Override
    public List<MeetingRequest> expireOverdue(Instant now, int limit) {
        return expire(SkipLockedClaims.claimed(MEETING_REQUESTS.ID, sql.select(MEETING_REQUESTS.ID)
                .from(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.PENDING)
                        .and(MEETING_REQUESTS.EXPIRES_AT.le(now)))
                .orderBy(MEETING_REQUESTS.EXPIRES_AT)
                .limit(limit)
                .forUpdate().skipLocked()), now);
    }

    /**
     * The pending requests past their expiry among those the condition picks become EXPIRED, answered at their
     * expiry. The status in the condition makes a second, concurrent attempt on the same row mark nothing.
     */
    private List<MeetingRequest> expire(Condition which, Instant now) {
        return sql.update(MEETING_REQUESTS)
                .set(MEETING_REQUESTS.STATUS, MeetingRequestStatus.EXPIRED)
                .set(MEETING_REQUESTS.RESPONDED_AT, MEETING_REQUESTS.EXPIRES_AT)
                .where(which.and(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.PENDING))
                        .and(MEETING_REQUESTS.EXPIRES_AT.le(now)))
                .returningResult(MEETING_REQUESTS.ID, MEETING_REQUESTS.EVENT_ID, MEETING_REQUESTS.FROM_ACCOUNT,
                        MEETING_REQUESTS.TO_ACCOUNT, MEETING_REQUESTS.MESSAGE, MEETING_REQUESTS.STATUS,
                        MEETING_REQUESTS.CREATED_AT, MEETING_REQUESTS.RESPONDED_AT, MEETING_REQUESTS.EXPIRES_AT,
                        MEETING_REQUESTS.MEETS_NOW)
                .fetch(mapping(JdbcMeetingRequests::request));
    }

    @Override
    public Optional<MeetingRequest> find(EventId event, MeetingRequestId id) {
        return selectRequests()
                .where(MEETING_REQUESTS.ID.eq(id).and(MEETING_REQUESTS.EVENT_ID.eq(event)))
                .fetchOptional(mapping(JdbcMeetingRequests::request));
    }

    @Override
    public Optional<MeetingRequest> lock(EventId event, MeetingRequestId id) {
        return selectRequests()
                .where(MEETING_REQUESTS.ID.eq(id).and(MEETING_REQUESTS.EVENT_ID.eq(event)))
                .forUpdate()
                .fetchOptional(mapping(JdbcMeetingRequests::request));
    }

    @Override
    public void setStatus(MeetingRequestId id, MeetingRequestStatus status, Instant respondedAt) {
        sql.update(MEETING_REQUESTS)
                .set(MEETING_REQUESTS.STATUS, status)
                .set(MEETING_REQUESTS.RESPONDED_AT, respondedAt)
                .where(MEETING_REQUESTS.ID.eq(id))
                .execute();
    }

    @Override
    public List<MeetingRequest> involving(EventId event, AccountId account) {
        return selectRequests()
                .where(MEETING_REQUESTS.EVENT_ID.eq(event)
                        .and(MEETING_REQUESTS.FROM_ACCOUNT.eq(account)
                                .or(MEETING_REQUESTS.TO_ACCOUNT.eq(account))))
                .orderBy(MEETING_REQUESTS.CREATED_AT.desc(), MEETING_REQUESTS.ID)
                .fetch(mapping(JdbcMeetingRequests::request));
    }

    @Override
    public List<MeetingRequest> accepted(EventId event) {
        return selectRequests()
                .where(MEETING_REQUESTS.EVENT_ID.eq(event)
                        .and(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.ACCEPTED)))
                .fetch(mapping(JdbcMeetingRequests::request));
    }

    @Override
    public List<MeetingRequest> ofAccount(AccountId account) {
        return selectRequests()
                .where(MEETING_REQUESTS.FROM_ACCOUNT.eq(account)
                        .or(MEETING_REQUESTS.TO_ACCOUNT.eq(account)))
                .orderBy(MEETING_REQUESTS.CREATED_AT, MEETING_REQUESTS.ID)
                .fetch(mapping(JdbcMeetingRequests::request));
    }

    @Override
    public List<MeetingRequest> acceptedBetween(AccountId a, AccountId b) {
        // meeting_requests_by_account narrows to a's requests; the rest are filtered there.
        return selectRequests()
                .where(MEETING_REQUESTS.FROM_ACCOUNT.eq(a).and(MEETING_REQUESTS.TO_ACCOUNT.eq(b))
                        .or(MEETING_REQUESTS.FROM_ACCOUNT.eq(b).and(MEETING_REQUESTS.TO_ACCOUNT.eq(a))))
                .and(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.ACCEPTED))
                .orderBy(MEETING_REQUESTS.CREATED_AT, MEETING_REQUESTS.ID)
                .fetch(mapping(JdbcMeetingRequests::request));
    }

    @Override
    public void closePendingBetween(AccountId closer, AccountId other, Instant now) {
        Condition pending = MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.PENDING);
        sql.update(MEETING_REQUESTS)
                .set(MEETING_REQUESTS.STATUS, MeetingRequestStatus.CANCELLED)
                .set(MEETING_REQUESTS.RESPONDED_AT, now)
                .where(pending.and(MEETING_REQUESTS.FROM_ACCOUNT.eq(closer))
                        .and(MEETING_REQUESTS.TO_ACCOUNT.eq(other)))
                .execute();
        sql.update(MEETING_REQUESTS)
                .set(MEETING_REQUESTS.STATUS, MeetingRequestStatus.DECLINED)
                .set(MEETING_REQUESTS.RESPONDED_AT, now)
                .where(pending.and(MEETING_REQUESTS.FROM_ACCOUNT.eq(other))
                        .and(MEETING_REQUESTS.TO_ACCOUNT.eq(closer)))
                .execute();
    }

    @Override
    public void forget(AccountId account, Instant now) {
        sql.update(MEETING_REQUESTS)
                .set(MEETING_REQUESTS.STATUS, MeetingRequestStatus.CANCELLED)
                .set(MEETING_REQUESTS.RESPONDED_AT, now)
                .where(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.PENDING)
                        .and(MEETING_REQUESTS.FROM_ACCOUNT.eq(account)
                                .or(MEETING_REQUESTS.TO_ACCOUNT.eq(account))))
                .execute();
        sql.update(MEETING_REQUESTS)
                .setNull(MEETING_REQUESTS.MESSAGE)
                .where(MEETING_REQUESTS.FROM_ACCOUNT.eq(account))
                .execute();
        // Suggestions naming the person, and those the person made when declining, go too.
        sql.deleteFrom(MEETING_REQUEST_SUGGESTIONS)
                .where(MEETING_REQUEST_SUGGESTIONS.SUGGESTED_ACCOUNT.eq(account)
                        .or(MEETING_REQUEST_SUGGESTIONS.REQUEST_ID.in(sql.select(MEETING_REQUESTS.ID)
                                .from(MEETING_REQUESTS).where(MEETING_REQUESTS.TO_ACCOUNT.eq(account)))))
                .execute();
    }

    @Override
    public void suggest(MeetingRequestId request, AccountId suggested) {
        sql.insertInto(MEETING_REQUEST_SUGGESTIONS)
                .set(MEETING_REQUEST_SUGGESTIONS.REQUEST_ID, request)
                .set(MEETING_REQUEST_SUGGESTIONS.SUGGESTED_ACCOUNT, suggested)
                .execute();
    }

    @Override
    public Map<MeetingRequestId, AccountId> suggestions(Collection<MeetingRequestId> requests) {
        if (requests.isEmpty()) {
            return Map.of();
        }
        return sql.select(MEETING_REQUEST_SUGGESTIONS.REQUEST_ID, MEETING_REQUEST_SUGGESTIONS.SUGGESTED_ACCOUNT)
                .from(MEETING_REQUEST_SUGGESTIONS)
                .where(MEETING_REQUEST_SUGGESTIONS.REQUEST_ID.in(requests))
                .fetchMap(MEETING_REQUEST_SUGGESTIONS.REQUEST_ID, MEETING_REQUEST_SUGGESTIONS.SUGGESTED_ACCOUNT);
    }

    @Override
    public Map<AccountId, List<ResponseRate.Received>> receivedBy(EventId event, Collection<AccountId> addressees) {
        if (addressees.isEmpty()) {
            return Map.of();
        }
        Map<AccountId, List<ResponseRate.Received>> received = new HashMap<>();
        // meeting_requests_by_addressee: (event_id, to_account, status).
        sql.select(MEETING_REQUESTS.TO_ACCOUNT, MEETING_REQUESTS.STATUS, MEETING_REQUESTS.CREATED_AT)
                .from(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.EVENT_ID.eq(event).and(MEETING_REQUESTS.TO_ACCOUNT.in(addressees)))
                .forEach(row -> received.computeIfAbsent(row.value1(), account -> new ArrayList<>())
                        .add(new ResponseRate.Received(row.value2(), row.value3())));
        return received;
    }

    @Override
    public RequestFigures.Across figures(Collection<EventId> events) {
        if (events.isEmpty()) {
            return new RequestFigures.Across(RequestFigures.NONE, Map.of());
        }
        Condition answered = MEETING_REQUESTS.STATUS.in(MeetingRequestStatus.ACCEPTED, MeetingRequestStatus.DECLINED);
        Field<Double> secondsToAnswer = DSL.field("extract(epoch from ({0} - {1}))", SQLDataType.DOUBLE,
                MEETING_REQUESTS.RESPONDED_AT, MEETING_REQUESTS.CREATED_AT);
        // One pass: a row per event and, from the empty grouping set, one for all of them (grouping() = 1).
        var rows = sql.select(DSL.grouping(MEETING_REQUESTS.EVENT_ID), MEETING_REQUESTS.EVENT_ID, DSL.count(),
                        DSL.count().filterWhere(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.ACCEPTED)),
                        DSL.count().filterWhere(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.DECLINED)),
                        DSL.count().filterWhere(MEETING_REQUESTS.STATUS.eq(MeetingRequestStatus.EXPIRED)),
                        DSL.percentileCont(0.5).withinGroupOrderBy(secondsToAnswer).filterWhere(answered))
                .from(MEETING_REQUESTS)
                .where(MEETING_REQUESTS.EVENT_ID.in(events))
                .groupBy(DSL.groupingSets(new Field<?>[] {MEETING_REQUESTS.EVENT_ID}, new Field<?>[0]))
                .fetch();
        RequestFigures overall = RequestFigures.NONE;
        Map<EventId, RequestFigures> byEvent = new HashMap<>();
        for (var row : rows) {
            Number median = row.value7();
            var figures = new RequestFigures(row.value3(), row.value4(), row.value5(), row.value6(),
                    median == null ? null : Duration.ofSeconds(Math.round(median.doubleValue())));
            if (row.value1() == 1) {
                overall = figures;
            } else {
                byEvent.put(row.value2(), figures);
            }
        }
        return new RequestFigures.Across(overall, byEvent);
    }

    /** A request's columns in the order of {@link MeetingRequest}'s. */
    private SelectJoinStep<Record10<MeetingRequestId, EventId, AccountId, AccountId, String, MeetingRequestStatus,
            Instant, Instant, Instant, Boolean>> selectRequests() {
        return sql.select(MEETING_REQUESTS.ID, MEETING_REQUESTS.EVENT_ID, MEETING_REQUESTS.FROM_ACCOUNT,
                        MEETING_REQUESTS.TO_ACCOUNT, MEETING_REQUESTS.MESSAGE, MEETING_REQUESTS.STATUS,
                        MEETING_REQUESTS.CREATED_AT, MEETING_REQUESTS.RESPONDED_AT, MEETING_REQUESTS.EXPIRES_AT,
                        MEETING_REQUESTS.MEETS_NOW)
                .from(MEETING_REQUESTS);
    }

    /** A request from its columns (one constructor of that arity, so jOOQ's mapping picks it without doubt). */
    private static MeetingRequest request(MeetingRequestId id, EventId event, AccountId from, AccountId to,
                                          String message, MeetingRequestStatus status, Instant createdAt,
                                          Instant respondedAt, Instant expiresAt, Boolean meetsNow) {
        return new MeetingRequest(id, event, from, to, message, status, createdAt, respondedAt, expiresAt,
                Boolean.TRUE.equals(meetsNow));
    }

    private static Condition between(AccountId a, AccountId b) {
        return MEETING_REQUESTS.FROM_ACCOUNT.eq(a).and(MEETING_REQUESTS.TO_ACCOUNT.eq(b))
                .or(MEETING_REQUESTS.FROM_ACCOUNT.eq(b).and(MEETING_REQUESTS.TO_ACCOUNT.eq(a)));
    }
}
