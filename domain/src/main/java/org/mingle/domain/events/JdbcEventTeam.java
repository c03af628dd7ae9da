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
import org.jooq.impl.DSL;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupOrganizers;
import org.mingle.domain.shared.GroupReaders;

/** Event roles in PostgreSQL. */
@Singleton
class JdbcEventTeam implements EventTeam {

    private final DSLContext sql;
    private final GroupOrganizers groupOrganizers;
    private final GroupReaders groups;

    JdbcEventTeam(DSLContext sql, GroupOrganizers groupOrganizers, GroupReaders groups) {
        this.sql = sql;
        this.groupOrganizers = groupOrganizers;
        this.groups = groups;
    }

    @Override
    public Optional<EventRole> roleOf(EventId event, AccountId account) {
        var owner = sql.fetchExists(EVENTS, EVENTS.ID.eq(event).and(EVENTS.OWNER_ID.eq(account)));
        return owner ? Optional.of(EventRole.OWNER) : memberRoleOf(event, account);
    }

    @Override
    public Optional<EventRole> memberRoleOf(EventId event, AccountId account) {
        var member = sql.select(EVENT_TEAM.ROLE).from(EVENT_TEAM)
                .where(EVENT_TEAM.EVENT_ID.eq(event).and(EVENT_TEAM.ACCOUNT_ID.eq(account)))
                .fetchOptional(EVENT_TEAM.ROLE);
        if (member.isPresent()) {
            return member;
        }
        // The owners and organizers of the event's group organize each of its events, as long as they hold the role.
        return sql.select(EVENTS.GROUP_ID).from(EVENTS).where(EVENTS.ID.eq(event)).fetchOptional(EVENTS.GROUP_ID)
                .filter(group -> groupOrganizers.organizes(group, account))
                .map(group -> EventRole.CO_ORGANIZER);
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
        var organized = groups.organizedBy(account);
        return sql.select(EVENTS.ID).from(EVENTS).where(EVENTS.OWNER_ID.eq(account)
                        .or(organized.isEmpty() ? DSL.falseCondition() : EVENTS.GROUP_ID.in(organized)))
                .union(sql.select(EVENT_TEAM.EVENT_ID).from(EVENT_TEAM).where(EVENT_TEAM.ACCOUNT_ID.eq(account)))
                .fetch(EVENTS.ID);
    }
}
