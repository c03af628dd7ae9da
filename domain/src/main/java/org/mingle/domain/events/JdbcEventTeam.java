package org.mingle.domain.events;

import static org.jooq.Records.mapping;
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
        var owner = sql.fetchExists(EVENTS, EVENTS.ID.eq(event).and(EVENTS.OWNER_ID.eq(account)));
        return owner ? Optional.of(EventRole.OWNER) : memberRoleOf(event, account);
    }

    @Override
    public Optional<EventRole> memberRoleOf(EventId event, AccountId account) {
        return sql.select(EVENT_TEAM.ROLE).from(EVENT_TEAM)
                .where(EVENT_TEAM.EVENT_ID.eq(event).and(EVENT_TEAM.ACCOUNT_ID.eq(account)))
                .fetchOptional(EVENT_TEAM.ROLE);
    }

    @Override
    public void put(EventId event, AccountId account, EventRole role) {
        sql.insertInto(EVENT_TEAM, EVENT_TEAM.EVENT_ID, EVENT_TEAM.ACCOUNT_ID, EVENT_TEAM.ROLE)
                .values(event, account, role)
                .onConflict(EVENT_TEAM.EVENT_ID, EVENT_TEAM.ACCOUNT_ID).doUpdate().set(EVENT_TEAM.ROLE, role)
                .execute();
    }

    @Override
    public boolean remove(EventId event, AccountId account) {
        return sql.deleteFrom(EVENT_TEAM)
                .where(EVENT_TEAM.EVENT_ID.eq(event).and(EVENT_TEAM.ACCOUNT_ID.eq(account)))
                .execute() > 0;
    }

    @Override
    public List<TeamMember> members(Event event) {
        var members = new ArrayList<TeamMember>();
        sql.select(ACCOUNT_DIRECTORY.ID, ACCOUNT_DIRECTORY.DISPLAY_NAME, ACCOUNT_DIRECTORY.EMAIL, EVENTS.CREATED_AT)
                .from(EVENTS).join(ACCOUNT_DIRECTORY).on(ACCOUNT_DIRECTORY.ID.eq(EVENTS.OWNER_ID))
                .where(EVENTS.ID.eq(event.id()))
                .fetchOptional(mapping((account, name, email, since) -> new TeamMember(account, name, email,
                        EventRole.OWNER, since)))
                .ifPresent(members::add);
        members.addAll(sql.select(ACCOUNT_DIRECTORY.ID, ACCOUNT_DIRECTORY.DISPLAY_NAME, ACCOUNT_DIRECTORY.EMAIL,
                        EVENT_TEAM.ROLE, EVENT_TEAM.ADDED_AT)
                .from(EVENT_TEAM).join(ACCOUNT_DIRECTORY).on(ACCOUNT_DIRECTORY.ID.eq(EVENT_TEAM.ACCOUNT_ID))
                .where(EVENT_TEAM.EVENT_ID.eq(event.id()))
                .orderBy(EVENT_TEAM.ADDED_AT, ACCOUNT_DIRECTORY.ID)
                .fetch(mapping(TeamMember::new)));
        return members;
    }

    @Override
    public void removeEverywhere(AccountId account) {
        sql.deleteFrom(EVENT_TEAM).where(EVENT_TEAM.ACCOUNT_ID.eq(account)).execute();
    }

    @Override
    public Set<AccountId> leadingAny(Collection<EventId> events, Collection<AccountId> among) {
        if (events.isEmpty() || among.isEmpty()) {
            return Set.of();
        }
        var eventIds = events.stream().distinct().toList();
        var accountIds = among.stream().distinct().toList();
        return new HashSet<>(sql.select(EVENTS.OWNER_ID).from(EVENTS)
                .where(EVENTS.ID.in(eventIds).and(EVENTS.OWNER_ID.in(accountIds)))
                .union(sql.select(EVENT_TEAM.ACCOUNT_ID).from(EVENT_TEAM)
                        .where(EVENT_TEAM.EVENT_ID.in(eventIds).and(EVENT_TEAM.ACCOUNT_ID.in(accountIds))))
                .fetch(EVENTS.OWNER_ID));
    }

    @Override
    public List<EventId> eventsOf(AccountId account) {
        return sql.select(EVENTS.ID).from(EVENTS).where(EVENTS.OWNER_ID.eq(account))
                .union(sql.select(EVENT_TEAM.EVENT_ID).from(EVENT_TEAM).where(EVENT_TEAM.ACCOUNT_ID.eq(account)))
                .fetch(EVENTS.ID);
    }
}
