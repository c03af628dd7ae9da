package org.mingle.domain.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.GROUP_MEMBERS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

/**
 * "One owner always remains" under real parallel transactions: two owners demoting each other, or both leaving, at
 * the same moment. Exactly one succeeds and the group keeps an owner. A negative control runs the same race without
 * the group's row lock and shows the check does catch a group left without owners.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupOwnerConcurrencyTest implements MicronautPostgres {

    @Inject
    GroupService groups;
    @Inject
    GroupMemberships memberships;
    @Inject
    Groups store;
    @Inject
    AccountService accounts;
    @Inject
    DSLContext sql;
    @Inject
    Clock clock;
    @Inject
    TransactionOperations<Connection> transactions;

    private AccountId ada;
    private AccountId bo;

    @BeforeAll
    void owners() {
        ada = TestAccounts.signUp(accounts, "Ada Owner").id();
        bo = TestAccounts.signUp(accounts, "Bo Owner").id();
    }

    /** A group both own. */
    private GroupId twoOwners() {
        var group = groups.create(ada, new GroupInput("Twin owners " + UUID.randomUUID(), null, "", List.of(), "",
                null, null, null));
        memberships.join(bo, group.id());
        memberships.changeRole(ada, group.id(), bo, GroupRole.OWNER);
        assertThat(owners(group.id())).isEqualTo(2);
        return group.id();
    }

    @RepeatedTest(5)
    void twoOwnersDemotingEachOtherAtOnceLeaveOneOwner() throws Exception {
        var group = twoOwners();

        var outcomes = Parallel.run(List.of(
                () -> memberships.changeRole(ada, group, bo, GroupRole.MEMBER),
                () -> memberships.changeRole(bo, group, ada, GroupRole.MEMBER)));

        assertThat(outcomes).filteredOn(Membership.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof RuntimeException).hasSize(1)
                .allSatisfy(o -> assertThat(o).isInstanceOfAny(ConflictException.class,
                        AccessDeniedException.class));
        assertThat(owners(group)).isEqualTo(1);
    }

    @RepeatedTest(5)
    void twoOwnersLeavingAtOnceLeaveOneOwner() throws Exception {
        var group = twoOwners();

        var outcomes = Parallel.run(List.of(
                () -> {
                    memberships.leave(ada, group);
                    return "left";
                },
                () -> {
                    memberships.leave(bo, group);
                    return "left";
                }));

        assertThat(outcomes).filteredOn("left"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(owners(group)).isEqualTo(1);
    }

    @RepeatedTest(5)
    void twoOwnersRemovingEachOtherAtOnceLeaveOneOwner() throws Exception {
        var group = twoOwners();

        var outcomes = Parallel.run(List.of(
                () -> {
                    memberships.remove(ada, group, bo);
                    return "removed";
                },
                () -> {
                    memberships.remove(bo, group, ada);
                    return "removed";
                }));

        assertThat(outcomes).filteredOn("removed"::equals).hasSize(1);
        // The second finds either that it was removed itself (no longer organizes) or that it would remove the last
        // owner.
        assertThat(outcomes).filteredOn(o -> o instanceof RuntimeException).hasSize(1)
                .allSatisfy(o -> assertThat(o).isInstanceOfAny(ConflictException.class,
                        AccessDeniedException.class));
        assertThat(owners(group)).isEqualTo(1);
    }

    @Test
    void negativeControlWithoutTheLockBothOwnersLeaveAndTheGroupHasNone() throws Exception {
        var withoutLock = new GroupMemberships(new UnlockedGroups(store), clock);

        int ownerless = 0;
        for (int attempt = 0; attempt < 10 && ownerless == 0; attempt++) {
            var group = twoOwners();
            Parallel.run(List.of(
                    () -> transactions.executeWrite(status -> {
                        withoutLock.leave(ada, group);
                        return "left";
                    }),
                    () -> transactions.executeWrite(status -> {
                        withoutLock.leave(bo, group);
                        return "left";
                    })));
            if (owners(group) == 0) {
                ownerless++;
            }
        }

        assertThat(ownerless).as("groups left without an owner when the lock is missing").isPositive();
    }

    private int owners(GroupId group) {
        return sql.fetchCount(GROUP_MEMBERS, GROUP_MEMBERS.GROUP_ID.eq(group)
                .and(GROUP_MEMBERS.ROLE.eq(GroupRole.OWNER)));
    }

    /**
     * The store with a lock that only checks the group exists, and a pause after counting owners, so two transactions
     * both count two owners before either removes one.
     */
    private static final class UnlockedGroups implements Groups {

        private final Groups store;

        UnlockedGroups(Groups store) {
            this.store = store;
        }

        @Override
        public boolean lock(GroupId id) {
            return store.find(id).isPresent();
        }

        @Override
        public int owners(GroupId group) {
            int owners = store.owners(group);
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return owners;
        }

        @Override
        public void insert(GroupId id, GroupDetails details) {
            store.insert(id, details);
        }

        @Override
        public void update(GroupId id, GroupDetails details) {
            store.update(id, details);
        }

        @Override
        public Optional<Group> find(GroupId id) {
            return store.find(id);
        }

        @Override
        public Optional<Group> findBySlug(String slug) {
            return store.findBySlug(slug);
        }

        @Override
        public Page<Group> search(String words, String topic, String city, PageRequest page) {
            return store.search(words, topic, city, page);
        }

        @Override
        public boolean setUnlistedAt(GroupId id, Instant unlistedAt) {
            return store.setUnlistedAt(id, unlistedAt);
        }

        @Override
        public Optional<Instant> unlistedAt(GroupId id) {
            return store.unlistedAt(id);
        }

        @Override
        public Map<GroupId, String> names(Collection<GroupId> ids) {
            return store.names(ids);
        }

        @Override
        public Optional<Membership> membership(GroupId group, AccountId account) {
            return store.membership(group, account);
        }

        @Override
        public void put(Membership membership) {
            store.put(membership);
        }

        @Override
        public boolean remove(GroupId group, AccountId account) {
            return store.remove(group, account);
        }

        @Override
        public Page<Membership> members(GroupId group, MembershipStatus status, PageRequest page) {
            return store.members(group, status, page);
        }

        @Override
        public List<Membership> organizers(GroupId group) {
            return store.organizers(group);
        }

        @Override
        public List<AccountId> belonging(GroupId group) {
            return store.belonging(group);
        }

        @Override
        public List<MyGroup> of(AccountId account) {
            return store.of(account);
        }

        @Override
        public int ownedBy(AccountId account) {
            return store.ownedBy(account);
        }

        @Override
        public Set<GroupId> organizedBy(AccountId account) {
            return store.organizedBy(account);
        }

        @Override
        public void removeEverywhere(AccountId account) {
            store.removeEverywhere(account);
        }
    }
}
