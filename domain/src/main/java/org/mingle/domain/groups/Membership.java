package org.mingle.domain.groups;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;

/** One person's place in a group: their role, and whether they belong yet or wait for approval. */
public record Membership(GroupId group, AccountId account, GroupRole role, MembershipStatus status, Instant since) {

    public Membership {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }

    public boolean belongs() {
        return status == MembershipStatus.MEMBER;
    }

    /** Owners and organizers who belong: they create the group's events and approve members. */
    public boolean organizes() {
        return belongs() && (role == GroupRole.OWNER || role == GroupRole.ORGANIZER);
    }

    public boolean owns() {
        return belongs() && role == GroupRole.OWNER;
    }
}
