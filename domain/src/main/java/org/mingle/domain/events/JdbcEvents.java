package org.mingle.domain.events;

import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.EVENT_TEAM;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mingle.db.jooq.tables.records.EventsRecord;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/** Events in PostgreSQL: the aggregate through Micronaut Data, searches through jOOQ. */
@Singleton
class JdbcEvents implements Events {

    private final EventRowRepository rows;
    private final DSLContext sql;

    JdbcEvents(EventRowRepository rows, DSLContext sql) {
        this.rows = rows;
        this.sql = sql;
    }

    @Override
    public void insert(Event event) {
        rows.save(EventRow.from(event));
    }

    @Override
    public Event update(Event event) {
        try {
            return rows.update(EventRow.from(event)).toEvent();
        } catch (OptimisticLockException concurrentChange) {
            throw new ConflictException("The event was changed by someone else meanwhile; reload it and try again.");
        }
    }

    @Override
    public Optional<Event> find(EventId id) {
        return rows.findById(id.value()).map(EventRow::toEvent);
    }

    @Override
    public Optional<Event> findForUpdate(EventId id) {
        return sql.selectFrom(EVENTS).where(EVENTS.ID.eq(id)).forUpdate().fetchOptional(JdbcEvents::toEvent);
    }

    @Override
    public Page<Event> findPublishedEndingAfter(Instant after, EventSearch search, PageRequest page) {
        Condition condition = EVENTS.STATUS.eq(EventStatus.PUBLISHED).and(EVENTS.ENDS_AT.gt(after));
        condition = condition.and(EVENTS.UNLISTED_AT.isNull());
        if (search.to() != null) {
            condition = condition.and(EVENTS.STARTS_AT.lt(search.to()));
        }
        condition = condition.and(matchingEveryWord(search.text()));
        var total = sql.fetchCount(EVENTS, condition);
        var items = sql.selectFrom(EVENTS)
                .where(condition)
                .orderBy(EVENTS.STARTS_AT, EVENTS.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(JdbcEvents::toEvent);
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public Map<EventId, String> titles(Collection<EventId> ids) {
        return sql.select(EVENTS.ID, EVENTS.TITLE).from(EVENTS)
                .where(EVENTS.ID.in(ids.stream().distinct().toList()))
                .fetchMap(EVENTS.ID, EVENTS.TITLE);
    }

    @Override
    public boolean setUnlistedAt(EventId id, Instant unlistedAt) {
        return sql.update(EVENTS).set(EVENTS.UNLISTED_AT, unlistedAt).where(EVENTS.ID.eq(id)).execute() == 1;
    }

    @Override
    public Optional<Instant> unlistedAt(EventId id) {
        return sql.select(EVENTS.UNLISTED_AT).from(EVENTS).where(EVENTS.ID.eq(id)).fetchOptional(EVENTS.UNLISTED_AT);
    }

    @Override
    public List<Event> findPublishedStartingBetween(Instant after, Instant until) {
        return sql.selectFrom(EVENTS)
                .where(EVENTS.STATUS.eq(EventStatus.PUBLISHED).and(EVENTS.STARTS_AT.gt(after))
                        .and(EVENTS.STARTS_AT.le(until)))
                .orderBy(EVENTS.STARTS_AT, EVENTS.ID)
                .fetch(JdbcEvents::toEvent);
    }

    @Override
    public List<Event> findOrganizedBy(AccountId account) {
        return sql.selectFrom(EVENTS)
                .where(EVENTS.OWNER_ID.eq(account).or(EVENTS.ID.in(
                        DSL.select(EVENT_TEAM.EVENT_ID).from(EVENT_TEAM).where(EVENT_TEAM.ACCOUNT_ID.eq(account)))))
                .orderBy(EVENTS.STARTS_AT.desc(), EVENTS.ID)
                .fetch(JdbcEvents::toEvent);
    }

    private static Condition matchingEveryWord(String text) {
        if (text == null || text.isBlank()) {
            return DSL.noCondition();
        }
        return DSL.and(Arrays.stream(text.strip().split("\\s+"))
                .map(word -> EVENTS.TITLE.containsIgnoreCase(word)
                        .or(EVENTS.DESCRIPTION.containsIgnoreCase(word))
                        .or(EVENTS.VENUE.containsIgnoreCase(word)))
                .toList());
    }

    private static Event toEvent(EventsRecord r) {
        var details = new EventDetails(r.getTitle(), r.getDescription(), r.getStartsAt(), r.getEndsAt(),
                ZoneId.of(r.getTimeZone()), r.getVenue(), r.getCapacity(), r.getRegistrationClosesAt(),
                r.getApprovalRequired(), r.getPerspectiveWeight(), r.getExcludeSameCompany(), r.getMaxPendingRequests());
        return new Event(r.getId(), r.getOwnerId(), details, r.getStatus(), r.getConfirmedCount(),
                r.getWaitlistCount(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }
}
