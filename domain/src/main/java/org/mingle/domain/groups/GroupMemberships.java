package org.mingle.domain.groups;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.NotFoundException;

/**
 * Joining, leaving, approving and roles. Every change that could take a group's last owner away locks the group's row
 * first, so two owners demoting each other (or leaving) at once take turns and the second sees the first's change:
 * {@link MembershipRules#requireAnOwnerRemains} then refuses it.
 */
@Singleton
public class GroupMemberships {

    private final Groups groups;
    private final Clock clock;

    GroupMemberships(Groups groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * Joins the group, or asks to: a member at once in an open public group, a pending request otherwise. A private
     * group may be asked to join by its id only (shared by a member); its existence shows nowhere else.
     */
    @Transactional
    public MembershipStatus join(AccountId account, GroupId id) {
        var group = groups.find(id).orElseThrow(() -> new GroupNotFoundException(id));
        var existing = groups.membership(id, account);
        var status = MembershipRules.join(group.joinPolicy(), group.visibility(), existing);
        if (existing.isEmpty()) {
            groups.put(new Membership(id, account, GroupRole.MEMBER, status, now()));
        }
        return status;
    }

    /** Leaves the group or withdraws a request; the last owner cannot leave. Leaving twice is no error. */
    @Transactional
    public void leave(AccountId account, GroupId id) {
        lock(id);
        var membership = groups.membership(id, account);
        if (membership.isPresent()) {
            MembershipRules.requireAnOwnerRemains(membership.get(), groups.owners(id));
            groups.remove(id, account);
        }
    }

    /** Approves a request to join: owners and organizers may. Approving a member again changes nothing. */
    @Transactional
    public Membership approve(AccountId actor, GroupId id, AccountId person) {
        var target = checkedRequest(actor, id, person);
        if (target.belongs()) {
            return target;
        }
        var member = new Membership(id, person, target.role(), MembershipStatus.MEMBER, now());
        groups.put(member);
        return member;
    }

    /** Declines a request to join (the person may ask again): owners and organizers may. */
    @Transactional
    public void decline(AccountId actor, GroupId id, AccountId person) {
        var target = checkedRequest(actor, id, person);
        if (!target.belongs()) {
            groups.remove(id, person);
        }
    }

    /**
     * Takes a person out of the group, or declines their request to join (they may ask again): owners may take
     * anyone, organizers people without a role ({@link MembershipRules#requireRemoval}), and a group always keeps an
     * owner. Under the group's lock, so two owners removing each other at once take turns.
     *
     * @throws MemberNotFoundException when the person neither belongs nor asked to join
     */
    @Transactional
    public void remove(AccountId actor, GroupId id, AccountId person) {
        lock(id);
        var actorMembership = visibleTo(actor, id);
        var target = groups.membership(id, person).orElseThrow(() -> new MemberNotFoundException(person));
        MembershipRules.requireRemoval(actorMembership, target, groups.owners(id));
        groups.remove(id, person);
    }

    /** Gives a member another role: owners may, and a group always keeps an owner. */
    @Transactional
    public Membership changeRole(AccountId actor, GroupId id, AccountId person, GroupRole role) {
        lock(id);
        var actorMembership = visibleTo(actor, id);
        var target = groups.membership(id, person).orElseThrow(() -> new MemberNotFoundException(person));
        MembershipRules.requireRoleChange(actorMembership, target, role, groups.owners(id));
        var changed = new Membership(id, person, role, target.status(), target.since());
        groups.put(changed);
        return changed;
    }

    private Membership checkedRequest(AccountId actor, GroupId id, AccountId person) {
        MembershipRules.requireMayApprove(visibleTo(actor, id));
        return groups.membership(id, person).orElseThrow(() -> new MemberNotFoundException(person));
    }

    /** The actor's membership, after checking they may see the group at all. */
    private Optional<Membership> visibleTo(AccountId actor, GroupId id) {
        var group = groups.find(id).orElseThrow(() -> new GroupNotFoundException(id));
        var mine = groups.membership(id, actor);
        if (!GroupAccess.canSee(group, mine)) {
            throw new GroupNotFoundException(id);
        }
        return mine;
    }

    private void lock(GroupId id) {
        if (!groups.lock(id)) {
            throw new GroupNotFoundException(id);
        }
    }

    /** PostgreSQL keeps microseconds: values returned equal values read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The person has neither joined nor asked to. */
    public static class MemberNotFoundException extends NotFoundException {

        public MemberNotFoundException(AccountId person) {
            super("Account " + person + " neither belongs to the group nor asked to join it.");
        }
    }
}
