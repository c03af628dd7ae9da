package org.mingle.domain.events;

import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.EVENT_TEAM;
import static org.mingle.db.jooq.Tables.MEMBERS_ONLY_GROUPS;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.mingle.db.jooq.tables.records.EventsRecord;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.GroupReaders;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.SeriesId;

/** Events in PostgreSQL: the aggregate through Micronaut Data, searches through jOOQ. */
@Singleton
class JdbcEvents implements Events {

    /** Every column but those generated for searching, which only queries read and nobody needs back. */
    private static final List<Field<?>> COLUMNS = Arrays.stream(EVENTS.fields())
            .filter(field -> !List.of(EVENTS.SEARCH_DOCUMENT, EVENTS.TOPIC_KEYS, EVENTS.CITY_KEY).contains(field))
            .toList();

    private final EventRowRepository rows;
    private final DSLContext sql;
    private final GroupReaders groups;

    JdbcEvents(EventRowRepository rows, DSLContext sql, GroupReaders groups) {
        this.rows = rows;
        this.sql = sql;
        this.groups = groups;
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
        return sql.select(COLUMNS).from(EVENTS).where(EVENTS.ID.eq(id)).forNoKeyUpdate()
                .fetchOptional(JdbcEvents::toEvent);
    }

    @Override
    public Page<Event> findPublishedEndingAfter(Instant after, EventSearch search, Set<GroupId> first,
                                                PageRequest page) {
        Condition condition = EVENTS.STATUS.eq(EventStatus.PUBLISHED).and(EVENTS.ENDS_AT.gt(after));
        condition = condition.and(EVENTS.UNLISTED_AT.isNull());
        if (search.to() != null) {
            condition = condition.and(EVENTS.STARTS_AT.lt(search.to()));
        }
        // A private group's events are for its members: they find them on the group's page, never in public lists.
        // The groups feature publishes its private groups as a view (decision 44), which PostgreSQL anti-joins.
        condition = condition.and(EVENTS.GROUP_ID.isNull().or(DSL.notExists(DSL.selectOne().from(MEMBERS_ONLY_GROUPS)
                .where(MEMBERS_ONLY_GROUPS.ID.eq(EVENTS.GROUP_ID)))));
        var order = new ArrayList<SortField<?>>();
        if (!first.isEmpty()) {
            order.add(DSL.when(EVENTS.GROUP_ID.in(first), 0).otherwise(1).asc());
        }
        if (search.text() != null) {
            var query = DSL.field("mingle_search_query({0})", Object.class, DSL.val(search.text()));
            condition = condition.and(DSL.condition("{0} @@ {1}", EVENTS.SEARCH_DOCUMENT, query));
            order.add(DSL.field("ts_rank({0}, {1})", SQLDataType.REAL, EVENTS.SEARCH_DOCUMENT, query).desc());
        }
        if (search.topic() != null) {
            // Topics are stored normalised as the filter is; the keys are the topics without accents.
            condition = condition.and(DSL.condition("{0} @> array[mingle_unaccent({1})]", EVENTS.TOPIC_KEYS,
                    DSL.val(search.topic())));
        }
        if (search.city() != null) {
            condition = condition.and(EVENTS.CITY_KEY.eq(
                    DSL.field("mingle_unaccent(lower({0}))", String.class, DSL.val(search.city()))));
        }
        if (search.online() != null) {
            condition = condition.and(EVENTS.ONLINE.eq(search.online()));
        }
        order.add(EVENTS.STARTS_AT.asc());
        order.add(EVENTS.ID.asc());
        var total = sql.fetchCount(EVENTS, condition);
        var items = sql.select(COLUMNS).from(EVENTS)
                .where(condition)
                .orderBy(order)
                .limit(page.size())
                .offset(page.offset())
                .fetch(JdbcEvents::toEvent);
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public List<Grouped> findPublishedEndingAfter(Collection<EventId> ids, Instant after) {
        return sql.select(COLUMNS).from(EVENTS)
                .where(EVENTS.ID.in(ids.stream().distinct().toList()))
                .and(EVENTS.STATUS.eq(EventStatus.PUBLISHED)).and(EVENTS.ENDS_AT.gt(after))
                .orderBy(EVENTS.STARTS_AT, EVENTS.ID)
                .fetch(r -> new Grouped(toEvent(r), r.get(EVENTS.GROUP_ID)));
    }

    @Override
    public Map<EventId, String> titles(Collection<EventId> ids) {
        return sql.select(EVENTS.ID, EVENTS.TITLE).from(EVENTS)
                .where(EVENTS.ID.in(ids.stream().distinct().toList()))
                .fetchMap(EVENTS.ID, EVENTS.TITLE);
    }

    @Override
    public List<Event> findShownPublicly(Collection<EventId> ids) {
        Condition condition = EVENTS.ID.in(ids.stream().distinct().toList())
                .and(EVENTS.STATUS.in(EventStatus.PUBLISHED, EventStatus.COMPLETED))
                .and(EVENTS.UNLISTED_AT.isNull())
                .and(EVENTS.GROUP_ID.isNull().or(DSL.notExists(DSL.selectOne().from(MEMBERS_ONLY_GROUPS)
                        .where(MEMBERS_ONLY_GROUPS.ID.eq(EVENTS.GROUP_ID)))));
        return sql.select(COLUMNS).from(EVENTS).where(condition).orderBy(EVENTS.STARTS_AT.desc(), EVENTS.ID)
                .fetch(JdbcEvents::toEvent);
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
        return sql.select(COLUMNS).from(EVENTS)
                .where(EVENTS.STATUS.eq(EventStatus.PUBLISHED).and(EVENTS.STARTS_AT.gt(after))
                        .and(EVENTS.STARTS_AT.le(until)))
                .orderBy(EVENTS.STARTS_AT, EVENTS.ID)
                .fetch(JdbcEvents::toEvent);
    }

    @Override
    public List<Event> findOrganizedBy(AccountId account) {
        return sql.select(COLUMNS).from(EVENTS)
                .where(EVENTS.OWNER_ID.eq(account).or(EVENTS.ID.in(
                        DSL.select(EVENT_TEAM.EVENT_ID).from(EVENT_TEAM).where(EVENT_TEAM.ACCOUNT_ID.eq(account))))
                        .or(ofGroups(groups.organizedBy(account))))
                .orderBy(EVENTS.STARTS_AT.desc(), EVENTS.ID)
                .fetch(JdbcEvents::toEvent);
    }

    @Override
    public List<EarlierEvent> earlierOfSameCommunity(EventId event, int limit) {
        var self = EVENTS.as("self");
        var earlier = EVENTS.as("earlier");
        // Each branch can use its index (events_by_group, events_by_series); an event in both counts once.
        var sameGroup = DSL.select(earlier.ID, earlier.TITLE, earlier.STARTS_AT).from(earlier).join(self)
                .on(self.ID.eq(event).and(earlier.GROUP_ID.eq(self.GROUP_ID))
                        .and(earlier.STARTS_AT.lt(self.STARTS_AT)));
        var sameSeries = DSL.select(earlier.ID, earlier.TITLE, earlier.STARTS_AT).from(earlier).join(self)
                .on(self.ID.eq(event).and(earlier.SERIES_ID.eq(self.SERIES_ID))
                        .and(earlier.STARTS_AT.lt(self.STARTS_AT)));
        var both = sameGroup.union(sameSeries).asTable("community");
        return sql.selectFrom(both)
                .orderBy(both.field(earlier.STARTS_AT).desc(), both.field(earlier.ID))
                .limit(limit)
                .fetch(r -> new EarlierEvent(r.get(both.field(earlier.ID)), r.get(both.field(earlier.TITLE)),
                        r.get(both.field(earlier.STARTS_AT))));
    }

    @Override
    public boolean setGroup(EventId event, GroupId group) {
        return sql.update(EVENTS).set(EVENTS.GROUP_ID, group).where(EVENTS.ID.eq(event)).execute() == 1;
    }

    @Override
    public Optional<GroupId> groupOf(EventId event) {
        return sql.select(EVENTS.GROUP_ID).from(EVENTS).where(EVENTS.ID.eq(event)).fetchOptional(EVENTS.GROUP_ID);
    }

    @Override
    public Page<Event> findOfGroup(GroupId group, boolean upcoming, Instant now, boolean withDrafts,
                                  PageRequest page) {
        var shown = withDrafts ? List.of(EventStatus.PUBLISHED, EventStatus.COMPLETED, EventStatus.DRAFT)
                : List.of(EventStatus.PUBLISHED, EventStatus.COMPLETED);
        Condition condition = EVENTS.GROUP_ID.eq(group).and(EVENTS.STATUS.in(shown))
                .and(upcoming ? EVENTS.ENDS_AT.gt(now) : EVENTS.ENDS_AT.le(now));
        var total = sql.fetchCount(EVENTS, condition);
        var items = sql.select(COLUMNS).from(EVENTS).where(condition)
                .orderBy(upcoming ? EVENTS.STARTS_AT.asc() : EVENTS.STARTS_AT.desc(), EVENTS.ID)
                .limit(page.size()).offset(page.offset())
                .fetch(JdbcEvents::toEvent);
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public Map<GroupId, List<Event>> findUpcomingOfGroups(Collection<GroupId> groups, Instant now, int each) {
        // The first few of each group by a window over the groups' index (events_by_group), instead of one query per
        // group in a list of groups.
        var rank = DSL.rowNumber().over(DSL.partitionBy(EVENTS.GROUP_ID).orderBy(EVENTS.STARTS_AT, EVENTS.ID));
        var ranked = DSL.select(EVENTS.ID, rank.as("rank")).from(EVENTS)
                .where(EVENTS.GROUP_ID.in(groups.stream().distinct().toList())
                        .and(EVENTS.STATUS.in(EventStatus.PUBLISHED, EventStatus.COMPLETED))
                        .and(EVENTS.ENDS_AT.gt(now)))
                .asTable("ranked");
        var found = new LinkedHashMap<GroupId, List<Event>>();
        sql.select(COLUMNS).from(EVENTS)
                .where(EVENTS.ID.in(DSL.select(ranked.field(EVENTS.ID)).from(ranked)
                        .where(ranked.field("rank", Integer.class).le(each))))
                .orderBy(EVENTS.STARTS_AT, EVENTS.ID)
                .forEach(r -> found.computeIfAbsent(r.get(EVENTS.GROUP_ID), g -> new ArrayList<>()).add(toEvent(r)));
        return found;
    }

    @Override
    public List<Event> findPublishedOfGroup(GroupId group, int limit) {
        return sql.select(COLUMNS).from(EVENTS)
                .where(EVENTS.GROUP_ID.eq(group)
                        .and(EVENTS.STATUS.in(EventStatus.PUBLISHED, EventStatus.COMPLETED)))
                .orderBy(EVENTS.STARTS_AT.desc(), EVENTS.ID)
                .limit(limit)
                .fetch(JdbcEvents::toEvent);
    }

    private static Condition ofGroups(Set<GroupId> groups) {
        return groups.isEmpty() ? DSL.falseCondition() : EVENTS.GROUP_ID.in(groups);
    }

    @Override
    public void placeInSeries(EventId id, GroupId group, SeriesId series) {
        // Not through the row record: group and series are no part of the Event model, and the version stays.
        sql.update(EVENTS).set(EVENTS.GROUP_ID, group).set(EVENTS.SERIES_ID, series).where(EVENTS.ID.eq(id)).execute();
    }

    @Override
    public List<Event> findInSeries(SeriesId series) {
        return sql.select(COLUMNS).from(EVENTS).where(EVENTS.SERIES_ID.eq(series))
                .orderBy(EVENTS.STARTS_AT, EVENTS.ID)
                .fetch(JdbcEvents::toEvent);
    }

    private static Event toEvent(Record record) {
        EventsRecord r = record.into(EVENTS);
        var details = new EventDetails(r.getTitle(), r.getDescription(), r.getStartsAt(), r.getEndsAt(),
                ZoneId.of(r.getTimeZone()), r.getVenue(), r.getCapacity(), r.getRegistrationClosesAt(),
                r.getApprovalRequired(), r.getPerspectiveWeight(), r.getExcludeSameCompany(), r.getMaxPendingRequests(),
                List.of(r.getTopics()), r.getCity(), r.getOnline());
        return new Event(r.getId(), r.getOwnerId(), details, r.getStatus(), r.getConfirmedCount(),
                r.getWaitlistCount(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }
}
