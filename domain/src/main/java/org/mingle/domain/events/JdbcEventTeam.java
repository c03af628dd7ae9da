package org.mingle.domain.events;

import static org.mingle.db.jooq.Tables.ACCOUNT_DIRECTORY;
import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.EVENT_TEAM;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.mingle.domain.shared.AccountId;

/** Event roles in PostgreSQL. */
@Singleton
class JdbcEventTeam implements EventTeam {

    private final DSLContext sql;

    JdbcEventTeam(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<EventRole> roleOf(EventId event, AccountId account) {
        var owner = sql.fetchExists(EVENTS, EVENTS.ID.eq(event.value()).and(EVENTS.OWNER_ID.eq(account.value())));
        if (owner) {
            return Optional.of(EventRole.OWNER);
        }
        return sql.select(EVENT_TEAM.ROLE).from(EVENT_TEAM)
                .where(EVENT_TEAM.EVENT_ID.eq(event.value()).and(EVENT_TEAM.ACCOUNT_ID.eq(account.value())))
                .fetchOptional(EVENT_TEAM.ROLE).map(EventRole::valueOf);
    }

    @Override
    public void put(EventId event, AccountId account, EventRole role) {
        sql.insertInto(EVENT_TEAM, EVENT_TEAM.EVENT_ID, EVENT_TEAM.ACCOUNT_ID, EVENT_TEAM.ROLE)
                .values(event.value(), account.value(), role.name())
                .onConflict(EVENT_TEAM.EVENT_ID, EVENT_TEAM.ACCOUNT_ID).doUpdate().set(EVENT_TEAM.ROLE, role.name())
                .execute();
    }

    @Override
    public boolean remove(EventId event, AccountId account) {
        return sql.deleteFrom(EVENT_TEAM)
                .where(EVENT_TEAM.EVENT_ID.eq(event.value()).and(EVENT_TEAM.ACCOUNT_ID.eq(account.value())))
                .execute() > 0;
    }

    @Override
    public List<TeamMember> members(Event event) {
        var members = new ArrayList<TeamMember>();
        sql.select(ACCOUNT_DIRECTORY.ID, ACCOUNT_DIRECTORY.DISPLAY_NAME, ACCOUNT_DIRECTORY.EMAIL, EVENTS.CREATED_AT)
                .from(EVENTS).join(ACCOUNT_DIRECTORY).on(ACCOUNT_DIRECTORY.ID.eq(EVENTS.OWNER_ID))
                .where(EVENTS.ID.eq(event.id().value()))
                .fetchOptional(r -> new TeamMember(new AccountId(r.value1()), r.value2(), r.value3(), EventRole.OWNER,
                        r.value4()))
                .ifPresent(members::add);
        members.addAll(sql.select(ACCOUNT_DIRECTORY.ID, ACCOUNT_DIRECTORY.DISPLAY_NAME, ACCOUNT_DIRECTORY.EMAIL, EVENT_TEAM.ROLE, EVENT_TEAM.ADDED_AT)
                .from(EVENT_TEAM).join(ACCOUNT_DIRECTORY).on(ACCOUNT_DIRECTORY.ID.eq(EVENT_TEAM.ACCOUNT_ID))
                .where(EVENT_TEAM.EVENT_ID.eq(event.id().value()))
                .orderBy(EVENT_TEAM.ADDED_AT, ACCOUNT_DIRECTORY.ID)
                .fetch(r -> new TeamMember(new AccountId(r.value1()), r.value2(), r.value3(),
                        EventRole.valueOf(r.value4()), r.value5())));
        return members;
    }

    @Override
    public void removeEverywhere(AccountId account) {
        sql.deleteFrom(EVENT_TEAM).where(EVENT_TEAM.ACCOUNT_ID.eq(account.value())).execute();
    }

    @Override
    public Set<AccountId> leadingAny(Collection<EventId> events, Collection<AccountId> among) {
        if (events.isEmpty() || among.isEmpty()) {
            return Set.of();
        }
        var eventIds = events.stream().map(EventId::value).distinct().toList();
        var accountIds = among.stream().map(AccountId::value).distinct().toList();
        return new HashSet<>(sql.select(EVENTS.OWNER_ID).from(EVENTS)
                .where(EVENTS.ID.in(eventIds).and(EVENTS.OWNER_ID.in(accountIds)))
                .union(sql.select(EVENT_TEAM.ACCOUNT_ID).from(EVENT_TEAM)
                        .where(EVENT_TEAM.EVENT_ID.in(eventIds).and(EVENT_TEAM.ACCOUNT_ID.in(accountIds))))
                .fetch(r -> new AccountId(r.value1())));
    }

    @Override
    public List<EventId> eventsOf(AccountId account) {
        return sql.select(EVENTS.ID).from(EVENTS).where(EVENTS.OWNER_ID.eq(account.value()))
                .union(sql.select(EVENT_TEAM.EVENT_ID).from(EVENT_TEAM).where(EVENT_TEAM.ACCOUNT_ID.eq(account.value())))
                .fetch(r -> new EventId(r.value1()));
    }
}
