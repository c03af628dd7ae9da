package org.mingle.domain.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.GroupId;

class MembershipRulesTest {

    private static final GroupId GROUP = GroupId.newId();

    private static Membership as(GroupRole role, MembershipStatus status) {
        return new Membership(GROUP, new AccountId(UUID.randomUUID()), role, status, Instant.now());
    }

    private static Optional<Membership> member(GroupRole role) {
        return Optional.of(as(role, MembershipStatus.MEMBER));
    }

    @Test
    void anOpenPublicGroupTakesPeopleAtOnceAndEveryOtherWaitsForApproval() {
        assertThat(MembershipRules.join(JoinPolicy.OPEN, GroupVisibility.PUBLIC, Optional.empty()))
                .isEqualTo(MembershipStatus.MEMBER);
        assertThat(MembershipRules.join(JoinPolicy.APPROVAL, GroupVisibility.PUBLIC, Optional.empty()))
                .isEqualTo(MembershipStatus.PENDING);
        assertThat(MembershipRules.join(JoinPolicy.OPEN, GroupVisibility.PRIVATE, Optional.empty()))
                .isEqualTo(MembershipStatus.PENDING);
    }

    @Test
    void joiningAgainAnswersTheStandingStatus() {
        assertThat(MembershipRules.join(JoinPolicy.OPEN, GroupVisibility.PUBLIC,
                Optional.of(as(GroupRole.MEMBER, MembershipStatus.PENDING)))).isEqualTo(MembershipStatus.PENDING);
        assertThat(MembershipRules.join(JoinPolicy.APPROVAL, GroupVisibility.PUBLIC, member(GroupRole.OWNER)))
                .isEqualTo(MembershipStatus.MEMBER);
    }

    @Test
    void ownersAndOrganizersApproveAndNobodyElse() {
        assertThatCode(() -> MembershipRules.requireMayApprove(member(GroupRole.OWNER))).doesNotThrowAnyException();
        assertThatCode(() -> MembershipRules.requireMayApprove(member(GroupRole.ORGANIZER)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MembershipRules.requireMayApprove(member(GroupRole.MEMBER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> MembershipRules.requireMayApprove(Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
        // An organizer's own pending request is no role yet.
        assertThatThrownBy(() -> MembershipRules.requireMayApprove(
                Optional.of(as(GroupRole.ORGANIZER, MembershipStatus.PENDING)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyOwnersChangeRolesAndOnlyOfPeopleWhoBelong() {
        var target = as(GroupRole.MEMBER, MembershipStatus.MEMBER);
        assertThatCode(() -> MembershipRules.requireRoleChange(member(GroupRole.OWNER), target, GroupRole.ORGANIZER, 1))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MembershipRules.requireRoleChange(member(GroupRole.ORGANIZER), target,
                GroupRole.ORGANIZER, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> MembershipRules.requireRoleChange(member(GroupRole.OWNER),
                as(GroupRole.MEMBER, MembershipStatus.PENDING), GroupRole.ORGANIZER, 1))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theLastOwnerCannotStepDownOrLeaveButOneOfTwoCan() {
        var owner = as(GroupRole.OWNER, MembershipStatus.MEMBER);
        assertThatThrownBy(() -> MembershipRules.requireAnOwnerRemains(owner, 1))
                .isInstanceOf(ConflictException.class).hasMessage(MembershipRules.LAST_OWNER);
        assertThatThrownBy(() -> MembershipRules.requireRoleChange(Optional.of(owner), owner, GroupRole.MEMBER, 1))
                .isInstanceOf(ConflictException.class);
        assertThatCode(() -> MembershipRules.requireAnOwnerRemains(owner, 2)).doesNotThrowAnyException();
        assertThatCode(() -> MembershipRules.requireRoleChange(Optional.of(owner), owner, GroupRole.OWNER, 1))
                .doesNotThrowAnyException();
        assertThatCode(() -> MembershipRules.requireAnOwnerRemains(as(GroupRole.ORGANIZER, MembershipStatus.MEMBER),
                1)).doesNotThrowAnyException();
    }

    @Test
    void ownersRemoveAnyoneWhileAnOwnerRemainsAndOrganizersOnlyPeopleWithoutARole() {
        var member = as(GroupRole.MEMBER, MembershipStatus.MEMBER);
        var request = as(GroupRole.MEMBER, MembershipStatus.PENDING);
        var organizer = as(GroupRole.ORGANIZER, MembershipStatus.MEMBER);
        var coOwner = as(GroupRole.OWNER, MembershipStatus.MEMBER);
        for (var target : List.of(member, request, organizer, coOwner)) {
            assertThatCode(() -> MembershipRules.requireRemoval(member(GroupRole.OWNER), target, 2))
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> MembershipRules.requireRemoval(member(GroupRole.ORGANIZER), member, 1))
                .doesNotThrowAnyException();
        assertThatCode(() -> MembershipRules.requireRemoval(member(GroupRole.ORGANIZER), request, 1))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MembershipRules.requireRemoval(member(GroupRole.ORGANIZER), organizer, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> MembershipRules.requireRemoval(member(GroupRole.ORGANIZER), coOwner, 2))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> MembershipRules.requireRemoval(member(GroupRole.MEMBER), request, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> MembershipRules.requireRemoval(Optional.empty(), member, 1))
                .isInstanceOf(AccessDeniedException.class);
        // The one-owner rule holds: the only owner cannot be removed, not even by themselves.
        assertThatThrownBy(() -> MembershipRules.requireRemoval(Optional.of(coOwner), coOwner, 1))
                .isInstanceOf(ConflictException.class).hasMessage(MembershipRules.LAST_OWNER);
    }
}
