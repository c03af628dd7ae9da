package org.mingle.domain.groups;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/** Where groups and their memberships are kept. */
interface Groups {

    /** Stores a new group; a taken slug answers a conflict naming it. */
    void insert(GroupId id, GroupDetails details);

    void update(GroupId id, GroupDetails details);

    Optional<Group> find(GroupId id);

    Optional<Group> findBySlug(String slug);

    /**
     * Public groups that are listed, matching the words (best first, or newest first without words), the topic and the
     * city.
     */
    Page<Group> search(String words, String topic, String city, PageRequest page);

    /** Sets or clears when the group was unlisted; false when no group has the id. */
    boolean setUnlistedAt(GroupId id, Instant unlistedAt);

    /** When the group was unlisted; empty while it is listed or when no group has the id. */
    Optional<Instant> unlistedAt(GroupId id);

    /** The names of those of the groups that exist. */
    Map<GroupId, String> names(Collection<GroupId> ids);

    /** Locks the group's row until the transaction ends, so changes that could lose its last owner take turns. */
    boolean lock(GroupId id);

    Optional<Membership> membership(GroupId group, AccountId account);

    /** Adds or changes a membership. */
    void put(Membership membership);

    boolean remove(GroupId group, AccountId account);

    int owners(GroupId group);

    /** Memberships of one status: owners, organizers, members, each by the time they joined. */
    Page<Membership> members(GroupId group, MembershipStatus status, PageRequest page);

    /** The owners and organizers who belong, owners first, each by the time they joined. */
    List<Membership> organizers(GroupId group);

    /** Everyone who belongs, for telling them of a new event. */
    List<AccountId> belonging(GroupId group);

    /** An account's memberships, requests included, with their groups, the groups by name. */
    List<MyGroup> of(AccountId account);

    int ownedBy(AccountId account);

    Set<GroupId> organizedBy(AccountId account);

    /** Removes the account from every group; where it was the only owner, the longest-standing organizer, else
     * member, becomes owner. */
    void removeEverywhere(AccountId account);
}
