package org.mingle.domain.registration;

import static org.jooq.Records.mapping;
import static org.mingle.db.jooq.Tables.ACCOUNT_DIRECTORY;
import static org.mingle.db.jooq.Tables.REGISTRATIONS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record10;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/** Registrations in PostgreSQL, through jOOQ: every operation here is a query or a set-based update. */
@Singleton
class JdbcRegistrations implements Registrations {

    private static final int STREAM_FETCH_SIZE = 500;
    private final DSLContext sql;

    JdbcRegistrations(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public int countPending(EventId event) {
        return sql.fetchCount(REGISTRATIONS, REGISTRATIONS.EVENT_ID.eq(event)
                .and(REGISTRATIONS.STATUS.eq(RegistrationStatus.PENDING_APPROVAL)));
    }

    @Override
    public void insert(RegistrationId id, EventId event, AccountId account, CapacityPolicy.Placement placement,
                       String code, Instant now) {
        sql.insertInto(REGISTRATIONS)
                .set(REGISTRATIONS.ID, id)
                .set(REGISTRATIONS.EVENT_ID, event)
                .set(REGISTRATIONS.ACCOUNT_ID, account)
                .set(REGISTRATIONS.STATUS, placement.status())
                .set(REGISTRATIONS.WAITLIST_POSITION, placement.waitlistPosition())
                .set(REGISTRATIONS.CHECK_IN_CODE, code)
                .set(REGISTRATIONS.REGISTERED_AT, now)
                .set(REGISTRATIONS.UPDATED_AT, now)
                .execute();
    }

    @Override
    public Optional<Registration> findActive(EventId event, AccountId account) {
        return selectWithPerson().where(REGISTRATIONS.EVENT_ID.eq(event)
                        .and(REGISTRATIONS.ACCOUNT_ID.eq(account)).and(active()))
                .fetchOptional(mapping(Registration::new));
    }

    @Override
    public Optional<Registration> lockActive(EventId event, AccountId account) {
        return selectWithPerson().where(REGISTRATIONS.EVENT_ID.eq(event)
                        .and(REGISTRATIONS.ACCOUNT_ID.eq(account)).and(active()))
                .forUpdate().of(REGISTRATIONS)
                .fetchOptional(mapping(Registration::new));
    }

    @Override
    public List<AccountId> activeRegistrants(EventId event) {
        return sql.select(REGISTRATIONS.ACCOUNT_ID).from(REGISTRATIONS)
                .where(REGISTRATIONS.EVENT_ID.eq(event).and(REGISTRATIONS.STATUS.in(RegistrationStatus.ACTIVE)))
                .fetch(REGISTRATIONS.ACCOUNT_ID);
    }

    @Override
    public List<AccountId> confirmedAttendees(EventId event) {
        return sql.select(REGISTRATIONS.ACCOUNT_ID).from(REGISTRATIONS)
                .where(REGISTRATIONS.EVENT_ID.eq(event)
                        .and(REGISTRATIONS.STATUS.eq(RegistrationStatus.CONFIRMED)))
                .fetch(REGISTRATIONS.ACCOUNT_ID);
    }

    @Override
    public List<AccountId> checkedIn(EventId event) {
        return sql.select(REGISTRATIONS.ACCOUNT_ID).from(REGISTRATIONS)
                .where(REGISTRATIONS.EVENT_ID.eq(event)
                        .and(REGISTRATIONS.STATUS.eq(RegistrationStatus.CONFIRMED))
                        .and(REGISTRATIONS.CHECKED_IN_AT.isNotNull()))
                .fetch(REGISTRATIONS.ACCOUNT_ID);
    }

    @Override
    public Optional<Registration> findLatest(EventId event, AccountId account) {
        return selectWithPerson().where(REGISTRATIONS.EVENT_ID.eq(event)
                        .and(REGISTRATIONS.ACCOUNT_ID.eq(account)))
                .orderBy(REGISTRATIONS.REGISTERED_AT.desc(), REGISTRATIONS.ID.desc())
                .limit(1)
                .fetchOptional(mapping(Registration::new));
    }

    @Override
    public Optional<Registration> find(EventId event, RegistrationId id) {
        return selectWithPerson().where(REGISTRATIONS.EVENT_ID.eq(event).and(REGISTRATIONS.ID.eq(id)))
                .fetchOptional(mapping(Registration::new));
    }

    @Override
    public Optional<Registration> findByCode(EventId event, String code) {
        return selectWithPerson().where(REGISTRATIONS.EVENT_ID.eq(event).and(REGISTRATIONS.CHECK_IN_CODE.eq(code)))
                .fetchOptional(mapping(Registration::new));
    }

    @Override
    public void setStatus(RegistrationId id, RegistrationStatus status, Integer waitlistPosition, Instant now) {
        sql.update(REGISTRATIONS)
                .set(REGISTRATIONS.STATUS, status)
                .set(REGISTRATIONS.WAITLIST_POSITION, waitlistPosition)
                .set(REGISTRATIONS.UPDATED_AT, now)
                .where(REGISTRATIONS.ID.eq(id))
                .execute();
    }

    @Override
    public void closeWaitlistGap(EventId event, int leftPosition) {
        sql.update(REGISTRATIONS)
                .set(REGISTRATIONS.WAITLIST_POSITION, REGISTRATIONS.WAITLIST_POSITION.minus(1))
                .where(REGISTRATIONS.EVENT_ID.eq(event)
                        .and(REGISTRATIONS.STATUS.eq(RegistrationStatus.WAITLISTED))
                        .and(REGISTRATIONS.WAITLIST_POSITION.gt(leftPosition)))
                .execute();
    }

    @Override
    public List<AccountId> promoteHeadOfWaitlist(EventId event, int count, Instant now) {
        if (count <= 0) {
            return List.of();
        }
        var waiting = REGISTRATIONS.EVENT_ID.eq(event)
                .and(REGISTRATIONS.STATUS.eq(RegistrationStatus.WAITLISTED));
        var promoted = sql.update(REGISTRATIONS)
                .set(REGISTRATIONS.STATUS, RegistrationStatus.CONFIRMED)
                .setNull(REGISTRATIONS.WAITLIST_POSITION)
                .set(REGISTRATIONS.UPDATED_AT, now)
                .where(waiting.and(REGISTRATIONS.WAITLIST_POSITION.le(count)))
                .returningResult(REGISTRATIONS.ACCOUNT_ID)
                .fetch(REGISTRATIONS.ACCOUNT_ID);
        sql.update(REGISTRATIONS)
                .set(REGISTRATIONS.WAITLIST_POSITION, REGISTRATIONS.WAITLIST_POSITION.minus(count))
                .where(waiting)
                .execute();
        return promoted;
    }

    @Override
    public boolean markCheckedIn(RegistrationId id, Instant now) {
        return sql.update(REGISTRATIONS)
                .set(REGISTRATIONS.CHECKED_IN_AT, now)
                .where(REGISTRATIONS.ID.eq(id).and(REGISTRATIONS.CHECKED_IN_AT.isNull()))
                .execute() > 0;
    }

    @Override
    public int countCheckedIn(EventId event) {
        return sql.fetchCount(REGISTRATIONS, REGISTRATIONS.EVENT_ID.eq(event)
                .and(REGISTRATIONS.STATUS.eq(RegistrationStatus.CONFIRMED))
                .and(REGISTRATIONS.CHECKED_IN_AT.isNotNull()));
    }

    @Override
    public List<Registration> ofAccount(AccountId account) {
        return selectWithPerson().where(REGISTRATIONS.ACCOUNT_ID.eq(account))
                .orderBy(REGISTRATIONS.REGISTERED_AT.desc(), REGISTRATIONS.ID)
                .fetch(mapping(Registration::new));
    }

    @Override
    public Page<Registration> list(EventId event, RegistrationFilter filter, PageRequest page) {
        var condition = matching(event, filter);
        var total = sql.fetchCount(REGISTRATIONS.join(ACCOUNT_DIRECTORY).on(ACCOUNT_DIRECTORY.ID.eq(REGISTRATIONS.ACCOUNT_ID)), condition);
        var items = selectWithPerson().where(condition)
                .orderBy(listOrder())
                .limit(page.size()).offset(page.offset())
                .fetch(mapping(Registration::new));
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public void forEach(EventId event, RegistrationFilter filter, Consumer<Registration> sink) {
        try (var cursor = selectWithPerson().where(matching(event, filter)).orderBy(listOrder())
                .fetchSize(STREAM_FETCH_SIZE).fetchLazy()) {
            var toRegistration = mapping(Registration::new);
            for (var row : cursor) {
                sink.accept(toRegistration.map(row));
            }
        }
    }

    @Override
    public List<EventId> eventsWithActiveRegistrationOf(AccountId account) {
        return sql.select(REGISTRATIONS.EVENT_ID).from(REGISTRATIONS)
                .where(REGISTRATIONS.ACCOUNT_ID.eq(account).and(active()))
                .fetch(REGISTRATIONS.EVENT_ID);
    }

    @Override
    public Set<EventId> confirmedTogether(AccountId a, AccountId b) {
        var theirs = REGISTRATIONS.as("theirs");
        // From a's registrations (registrations_by_account) to b's at the same event (the one-active-per-person key).
        return sql.select(REGISTRATIONS.EVENT_ID).from(REGISTRATIONS)
                .join(theirs).on(theirs.EVENT_ID.eq(REGISTRATIONS.EVENT_ID).and(theirs.ACCOUNT_ID.eq(b))
                        .and(theirs.STATUS.eq(RegistrationStatus.CONFIRMED)))
                .where(REGISTRATIONS.ACCOUNT_ID.eq(a).and(REGISTRATIONS.STATUS.eq(RegistrationStatus.CONFIRMED)))
                .fetchSet(REGISTRATIONS.EVENT_ID);
    }

    /** A registration's columns with the person's name and email, in the order of {@link Registration}'s. */
    private SelectOnConditionStep<Record10<RegistrationId, EventId, AccountId, String, String, RegistrationStatus,
            Integer, String, Instant, Instant>> selectWithPerson() {
        return sql.select(REGISTRATIONS.ID, REGISTRATIONS.EVENT_ID, REGISTRATIONS.ACCOUNT_ID,
                        ACCOUNT_DIRECTORY.DISPLAY_NAME, ACCOUNT_DIRECTORY.EMAIL, REGISTRATIONS.STATUS,
                        REGISTRATIONS.WAITLIST_POSITION, REGISTRATIONS.CHECK_IN_CODE, REGISTRATIONS.REGISTERED_AT,
                        REGISTRATIONS.CHECKED_IN_AT)
                .from(REGISTRATIONS).join(ACCOUNT_DIRECTORY).on(ACCOUNT_DIRECTORY.ID.eq(REGISTRATIONS.ACCOUNT_ID));
    }

    @Override
    public Set<AccountId> activeAtAny(Collection<EventId> events, Collection<AccountId> among) {
        if (events.isEmpty() || among.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql.selectDistinct(REGISTRATIONS.ACCOUNT_ID).from(REGISTRATIONS)
                .where(REGISTRATIONS.EVENT_ID.in(events.stream().distinct().toList())
                        .and(REGISTRATIONS.ACCOUNT_ID.in(among.stream().distinct().toList()))
                        .and(active()))
                .fetch(REGISTRATIONS.ACCOUNT_ID));
    }

    @Override
    public List<AccountId> confirmedAmong(EventId event, Collection<AccountId> among) {
        AccountId[] ids = among.stream().distinct().toArray(AccountId[]::new);
        return sql.select(REGISTRATIONS.ACCOUNT_ID).from(REGISTRATIONS)
                .where(REGISTRATIONS.EVENT_ID.eq(event)
                        .and(REGISTRATIONS.STATUS.eq(RegistrationStatus.CONFIRMED))
                        .and(REGISTRATIONS.ACCOUNT_ID.eq(DSL.any(ids))))
                .fetch(REGISTRATIONS.ACCOUNT_ID);
    }

    private static Condition active() {
        return REGISTRATIONS.STATUS.in(RegistrationStatus.ACTIVE);
    }

    private static Condition matching(EventId event, RegistrationFilter filter) {
        Condition condition = REGISTRATIONS.EVENT_ID.eq(event);
        if (filter.status() != null) {
            condition = condition.and(REGISTRATIONS.STATUS.eq(filter.status()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            condition = condition.and(DSL.and(Arrays.stream(filter.text().strip().split("\\s+"))
                    .map(word -> ACCOUNT_DIRECTORY.DISPLAY_NAME.containsIgnoreCase(word).or(ACCOUNT_DIRECTORY.EMAIL.containsIgnoreCase(word)))
                    .toList()));
        }
        return condition;
    }

    /** Confirmed first, then the waitlist in order, then the rest; each by time of registration. */
    private static List<org.jooq.SortField<?>> listOrder() {
        var statusRank = DSL.when(REGISTRATIONS.STATUS.eq(RegistrationStatus.CONFIRMED), 0)
                .when(REGISTRATIONS.STATUS.eq(RegistrationStatus.PENDING_APPROVAL), 1)
                .when(REGISTRATIONS.STATUS.eq(RegistrationStatus.WAITLISTED), 2)
                .otherwise(3);
        return List.of(statusRank.asc(), REGISTRATIONS.WAITLIST_POSITION.asc().nullsLast(),
                REGISTRATIONS.REGISTERED_AT.asc(), REGISTRATIONS.ID.asc());
    }
}
