package org.mingle.domain.events;

import static org.mingle.db.jooq.Tables.ACCOUNT_DIRECTORY;
import static org.mingle.db.jooq.Tables.TEAM_INVITATIONS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.mingle.domain.shared.AccountId;

/** Invitations to events' teams in PostgreSQL. */
@Singleton
class JdbcTeamInvitations implements TeamInvitations {

    private final DSLContext sql;

    JdbcTeamInvitations(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void lockEvent(EventId event) {
        sql.execute("select pg_advisory_xact_lock(hashtextextended('team-invitations:' || {0}, 0))",
                DSL.val(event.toString()));
    }

    @Override
    public void insert(TeamInvitationId id, EventId event, String email, EventRole role, AccountId invitedBy,
                       Instant now, Instant expiresAt) {
        sql.insertInto(TEAM_INVITATIONS)
                .set(TEAM_INVITATIONS.ID, id)
                .set(TEAM_INVITATIONS.EVENT_ID, event)
                .set(TEAM_INVITATIONS.EMAIL, email)
                .set(TEAM_INVITATIONS.ROLE, role)
                .set(TEAM_INVITATIONS.INVITED_BY, invitedBy)
                .set(TEAM_INVITATIONS.STATUS, TeamInvitationStatus.PENDING)
                .set(TEAM_INVITATIONS.CREATED_AT, now)
                .set(TEAM_INVITATIONS.SENT_AT, now)
                .set(TEAM_INVITATIONS.EXPIRES_AT, expiresAt)
                .execute();
    }

    @Override
    public void refresh(TeamInvitationId id, EventRole role, AccountId invitedBy, Instant now, Instant expiresAt) {
        sql.update(TEAM_INVITATIONS)
                .set(TEAM_INVITATIONS.ROLE, role)
                .set(TEAM_INVITATIONS.INVITED_BY, invitedBy)
                .set(TEAM_INVITATIONS.SENT_AT, now)
                .set(TEAM_INVITATIONS.EXPIRES_AT, expiresAt)
                .where(TEAM_INVITATIONS.ID.eq(id).and(TEAM_INVITATIONS.STATUS.eq(TeamInvitationStatus.PENDING)))
                .execute();
    }

    @Override
    public Optional<TeamInvitation> find(TeamInvitationId id) {
        return select().where(TEAM_INVITATIONS.ID.eq(id)).fetchOptional(JdbcTeamInvitations::invitation);
    }

    @Override
    public Optional<TeamInvitation> findForUpdate(TeamInvitationId id) {
        return select().where(TEAM_INVITATIONS.ID.eq(id)).forUpdate().of(TEAM_INVITATIONS)
                .fetchOptional(JdbcTeamInvitations::invitation);
    }

    @Override
    public Optional<TeamInvitation> findPending(EventId event, String email) {
        return select().where(TEAM_INVITATIONS.EVENT_ID.eq(event).and(TEAM_INVITATIONS.EMAIL.eq(email))
                        .and(TEAM_INVITATIONS.STATUS.eq(TeamInvitationStatus.PENDING)))
                .fetchOptional(JdbcTeamInvitations::invitation);
    }

    @Override
    public List<TeamInvitation> pendingOf(EventId event) {
        return select().where(TEAM_INVITATIONS.EVENT_ID.eq(event)
                        .and(TEAM_INVITATIONS.STATUS.eq(TeamInvitationStatus.PENDING)))
                .orderBy(TEAM_INVITATIONS.SENT_AT, TEAM_INVITATIONS.ID)
                .fetch(JdbcTeamInvitations::invitation);
    }

    @Override
    public boolean accept(TeamInvitationId id, AccountId account, Instant now) {
        return sql.update(TEAM_INVITATIONS)
                .set(TEAM_INVITATIONS.STATUS, TeamInvitationStatus.ACCEPTED)
                .set(TEAM_INVITATIONS.ANSWERED_AT, now)
                .set(TEAM_INVITATIONS.ACCEPTED_BY, account)
                .where(TEAM_INVITATIONS.ID.eq(id).and(TEAM_INVITATIONS.STATUS.eq(TeamInvitationStatus.PENDING)))
                .execute() == 1;
    }

    @Override
    public boolean revoke(TeamInvitationId id, EventId event, Instant now) {
        return sql.update(TEAM_INVITATIONS)
                .set(TEAM_INVITATIONS.STATUS, TeamInvitationStatus.REVOKED)
                .set(TEAM_INVITATIONS.ANSWERED_AT, now)
                .where(TEAM_INVITATIONS.ID.eq(id).and(TEAM_INVITATIONS.EVENT_ID.eq(event))
                        .and(TEAM_INVITATIONS.STATUS.eq(TeamInvitationStatus.PENDING)))
                .execute() == 1;
    }

    @Override
    public List<TeamInvitation> concerning(AccountId account, Optional<String> email) {
        return select().where(concerningCondition(account, email))
                .orderBy(TEAM_INVITATIONS.SENT_AT, TEAM_INVITATIONS.ID)
                .fetch(JdbcTeamInvitations::invitation);
    }

    @Override
    public List<TeamInvitation> sentBy(AccountId account) {
        return select().where(TEAM_INVITATIONS.INVITED_BY.eq(account))
                .orderBy(TEAM_INVITATIONS.SENT_AT, TEAM_INVITATIONS.ID)
                .fetch(JdbcTeamInvitations::invitation);
    }

    @Override
    public void erase(AccountId account, Optional<String> email) {
        sql.deleteFrom(TEAM_INVITATIONS).where(concerningCondition(account, email)
                .or(TEAM_INVITATIONS.INVITED_BY.eq(account)
                        .and(TEAM_INVITATIONS.STATUS.eq(TeamInvitationStatus.PENDING))))
                .execute();
        sql.update(TEAM_INVITATIONS).setNull(TEAM_INVITATIONS.INVITED_BY)
                .where(TEAM_INVITATIONS.INVITED_BY.eq(account))
                .execute();
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return sql.deleteFrom(TEAM_INVITATIONS)
                .where(TEAM_INVITATIONS.ANSWERED_AT.lt(cutoff).or(TEAM_INVITATIONS.EXPIRES_AT.lt(cutoff)))
                .execute();
    }

    private static Condition concerningCondition(AccountId account, Optional<String> email) {
        var accepted = TEAM_INVITATIONS.ACCEPTED_BY.eq(account);
        return email.map(address -> accepted.or(TEAM_INVITATIONS.EMAIL.eq(address))).orElse(accepted);
    }

    /** The invitation with its inviter's name, which an erased inviter no longer has. */
    private SelectOnConditionStep<Record> select() {
        return sql.select(TEAM_INVITATIONS.fields()).select(ACCOUNT_DIRECTORY.DISPLAY_NAME)
                .from(TEAM_INVITATIONS).leftJoin(ACCOUNT_DIRECTORY)
                .on(ACCOUNT_DIRECTORY.ID.eq(TEAM_INVITATIONS.INVITED_BY).and(ACCOUNT_DIRECTORY.ERASED_AT.isNull()));
    }

    private static TeamInvitation invitation(Record row) {
        return new TeamInvitation(row.get(TEAM_INVITATIONS.ID), row.get(TEAM_INVITATIONS.EVENT_ID),
                row.get(TEAM_INVITATIONS.EMAIL), row.get(TEAM_INVITATIONS.ROLE),
                Optional.ofNullable(row.get(TEAM_INVITATIONS.INVITED_BY)),
                Optional.ofNullable(row.get(ACCOUNT_DIRECTORY.DISPLAY_NAME)), row.get(TEAM_INVITATIONS.STATUS),
                row.get(TEAM_INVITATIONS.SENT_AT), row.get(TEAM_INVITATIONS.EXPIRES_AT));
    }
}
