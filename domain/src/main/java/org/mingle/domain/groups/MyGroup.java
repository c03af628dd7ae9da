package org.mingle.domain.groups;

/** A group one belongs to or asked to join, with that membership: for "My groups". */
public record MyGroup(Group group, Membership membership) {
}
