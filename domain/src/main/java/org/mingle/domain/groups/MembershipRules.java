package org.mingle.domain.groups;

import java.util.Optional;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.ConflictException;

/**
 * The rules of belonging to a group, in plain Java: who joins at once and who waits, who approves, who changes roles,
 * and that a group always keeps an owner. The service reads the facts (under the group's lock where an owner could be
 * lost) and asks here.
 */
public final class MembershipRules {

    static final String LAST_OWNER = "A group always keeps an owner: make someone else owner first.";

    private MembershipRules() {
    }

    /**
     * What joining makes of the person: a member at once in an open public group, a request waiting for approval
     * otherwise (a private group is joined by invitation: its id shared by a member, and an organizer approves).
     * Asking again changes nothing and answers the standing status.
     */
    public static MembershipStatus join(JoinPolicy policy, GroupVisibility visibility, Optional<Membership> existing) {
        if (existing.isPresent()) {
            return existing.get().status();
        }
        return policy == JoinPolicy.OPEN && visibility == GroupVisibility.PUBLIC
                ? MembershipStatus.MEMBER : MembershipStatus.PENDING;
    }

    /** Owners and organizers approve (or decline) requests to join. */
    public static void requireMayApprove(Optional<Membership> actor) {
        if (actor.filter(Membership::organizes).isEmpty()) {
            throw new AccessDeniedException("Only the group's owners and organizers can approve members.");
        }
    }

    /** Only owners give and take roles. */
    public static void requireMayChangeRoles(Optional<Membership> actor) {
        if (actor.filter(Membership::owns).isEmpty()) {
            throw new AccessDeniedException("Only the group's owners can change roles.");
        }
    }

    /** A role goes to someone who belongs already: a request is approved first. */
    public static void requireBelongs(Membership target) {
        if (!target.belongs()) {
            throw new ConflictException("This person waits for approval; approve the request first.");
        }
    }

    /**
     * The one-owner rule: an owner may stop being one (leaving, or taking another role) only while another owner
     * remains. {@code owners} counts the group's owners now, read under the group's lock.
     */
    public static void requireAnOwnerRemains(Membership losing, int owners) {
        if (losing.owns() && owners <= 1) {
            throw new ConflictException(LAST_OWNER);
        }
    }

    /**
     * Taking someone out of the group, or declining their request: owners may take anyone (another owner while one
     * remains); organizers only people without a role, members and requests alike, so they cannot push out those who
     * gave them their role. {@code owners} counts the group's owners now, read under the group's lock.
     */
    public static void requireRemoval(Optional<Membership> actor, Membership target, int owners) {
        if (actor.filter(Membership::organizes).isEmpty()) {
            throw new AccessDeniedException("Only the group's owners and organizers can remove members.");
        }
        if (!actor.get().owns() && target.role() != GroupRole.MEMBER) {
            throw new AccessDeniedException("Only the group's owners can remove its owners and organizers.");
        }
        requireAnOwnerRemains(target, owners);
    }

    /** A change of role, checked whole: who may, to whom, and that an owner remains. */
    public static void requireRoleChange(Optional<Membership> actor, Membership target, GroupRole role, int owners) {
        requireMayChangeRoles(actor);
        requireBelongs(target);
        if (role != GroupRole.OWNER) {
            requireAnOwnerRemains(target, owners);
        }
    }
}
