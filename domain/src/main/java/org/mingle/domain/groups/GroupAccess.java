package org.mingle.domain.groups;

import java.util.Optional;

/**
 * Who sees a group, given the viewer's membership (empty: none). A private group is for its members: to anyone else it
 * answers "not found", its events too.
 */
public final class GroupAccess {

    private GroupAccess() {
    }

    public static boolean canSee(Group group, Optional<Membership> viewer) {
        return !group.isPrivate() || viewer.filter(Membership::belongs).isPresent();
    }

    /** Members see who else belongs (each as far as their profile lets them); outsiders do not. */
    public static boolean canSeeMembers(Optional<Membership> viewer) {
        return viewer.filter(Membership::belongs).isPresent();
    }

    /** Owners and organizers edit the group, create its events and see its drafts and requests. */
    public static boolean canOrganize(Optional<Membership> viewer) {
        return viewer.filter(Membership::organizes).isPresent();
    }
}
