package org.mingle.domain.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.EventInputs;
import org.mingle.domain.events.EventNotFoundException;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupServiceTest implements MicronautPostgres {

    @Inject
    GroupService groups;
    @Inject
    GroupMemberships memberships;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    NotificationService notifications;
    @Inject
    PersonalDataService personalData;

    private final Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
    private AccountId owner;
    private AccountId organizer;
    private AccountId member;
    private AccountId stranger;

    @BeforeAll
    void people() {
        owner = TestAccounts.signUp(accounts, "Gwen Groupowner").id();
        organizer = TestAccounts.signUp(accounts, "Otis Organizer").id();
        member = TestAccounts.signUp(accounts, "Mia Member").id();
        stranger = TestAccounts.signUp(accounts, "Sid Stranger").id();
    }

    private Group group(String name, String visibility, String policy, String city, List<String> topics) {
        var group = groups.create(owner, new GroupInput(name + " " + unique(), null, "We meet monthly.", topics, city,
                null, policy, visibility));
        memberships.join(organizer, group.id());
        memberships.approve(owner, group.id(), organizer);
        memberships.changeRole(owner, group.id(), organizer, GroupRole.ORGANIZER);
        memberships.join(member, group.id());
        memberships.approve(owner, group.id(), member);
        return group;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theCreatorOwnsTheGroupAndATakenSlugIsAClearConflict() {
        var group = groups.create(owner, new GroupInput("Slug Test " + unique(), null, "", List.of(), "", null, null,
                null));
        assertThat(groups.get(Optional.of(owner), group.slug()).mine()).get()
                .extracting(Membership::role).isEqualTo(GroupRole.OWNER);
        assertThat(group.memberCount()).isEqualTo(1);
        assertThatThrownBy(() -> groups.create(stranger, new GroupInput(group.name(), null, "", List.of(), "", null,
                null, null))).isInstanceOf(SlugTakenException.class).hasMessageContaining("/g/" + group.slug());
    }

    @Test
    void searchFindsPublicGroupsByWordsTopicAndCityIgnoringAccentsAndCase() {
        String marker = "Quokka" + unique().replaceAll("[0-9]", "x");
        var open = group(marker + " Zürich makers", "PUBLIC", "OPEN", "Zürich", List.of("Hardware Café"));
        group(marker + " Zürich secret", "PRIVATE", "APPROVAL", "Zürich", List.of("Hardware Café"));

        var byWords = groups.search(marker.toLowerCase() + " zurich", null, null, PageRequest.of(0, 20));
        assertThat(byWords.items()).extracting(Group::id).containsExactly(open.id());
        assertThat(groups.search(marker, "hardware cafe", "ZURICH", PageRequest.of(0, 20)).items())
                .extracting(Group::id).containsExactly(open.id());
        assertThat(groups.search(marker, "gardening", null, PageRequest.of(0, 20)).items()).isEmpty();
        assertThat(groups.search(marker, null, "online", PageRequest.of(0, 20)).items()).isEmpty();
    }

    @Test
    void aPrivateGroupAndItsEventsAreInvisibleToNonMembers() {
        var secret = group("Secret circle", "PRIVATE", "APPROVAL", "Berlin", List.of());
        var event = events.createInGroup(organizer, secret.id(), EventInputs.valid("Secret supper " + unique(),
                nextWeek));
        events.publish(organizer, event.id());

        assertThatThrownBy(() -> groups.get(Optional.of(stranger), secret.slug()))
                .isInstanceOf(GroupNotFoundException.class);
        assertThatThrownBy(() -> groups.get(Optional.empty(), secret.id().toString()))
                .isInstanceOf(GroupNotFoundException.class);
        assertThatThrownBy(() -> events.get(Optional.of(stranger), event.id()))
                .isInstanceOf(EventNotFoundException.class);
        assertThat(events.listUpcoming(new EventSearch(null, null, event.title()), PageRequest.of(0, 20)).items())
                .isEmpty();
        // The members do see them.
        assertThat(events.get(Optional.of(member), event.id()).id()).isEqualTo(event.id());
        assertThat(groups.events(Optional.of(member), secret.slug(), true, PageRequest.of(0, 20)).items())
                .extracting(e -> e.id()).containsExactly(event.id());
    }

    @Test
    void groupOrganizersCreateAndOrganizeTheGroupsEventsAndMembersHearOfThem() {
        var group = group("Climate circle", "PUBLIC", "OPEN", "Berlin", List.of("Climate"));
        assertThatThrownBy(() -> events.createInGroup(member, group.id(), EventInputs.valid("Nope", nextWeek)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.createInGroup(stranger, group.id(), EventInputs.valid("Nope", nextWeek)))
                .isInstanceOf(AccessDeniedException.class);

        var event = events.createInGroup(organizer, group.id(), EventInputs.valid("Heat pumps " + unique(), nextWeek));
        // The owner did not create it, yet organizes it as the group's owner.
        assertThat(events.roleOf(Optional.of(owner), event.id())).contains(EventRole.CO_ORGANIZER);
        assertThat(events.roleOf(Optional.of(member), event.id())).isEmpty();
        assertThat(groups.events(Optional.of(member), group.slug(), true, PageRequest.of(0, 20)).items()).isEmpty();
        assertThat(groups.events(Optional.of(owner), group.slug(), true, PageRequest.of(0, 20)).items()).hasSize(1);

        events.publish(owner, event.id());

        assertThat(notifications.list(member, false, PageRequest.of(0, 50)).items())
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.GROUP_EVENT_PUBLISHED);
                    assertThat(n.event()).contains(event.id());
                    assertThat(n.title()).contains(group.name()).contains(event.title());
                });
        assertThat(notifications.list(stranger, false, PageRequest.of(0, 50)).items())
                .noneMatch(n -> n.event().equals(Optional.of(event.id())));
        assertThat(groups.calendar(Optional.empty(), group.slug())).contains("BEGIN:VEVENT")
                .contains(event.id() + "@mingle").contains("X-WR-CALNAME:" + group.name());
        // A demoted organizer organizes its events no more.
        memberships.changeRole(owner, group.id(), organizer, GroupRole.MEMBER);
        assertThat(events.roleOf(Optional.of(organizer), event.id())).contains(EventRole.OWNER);
        assertThat(events.roleOf(Optional.of(owner), event.id())).contains(EventRole.CO_ORGANIZER);
    }

    @Test
    void approvalGroupsQueueRequestsThatOrganizersApproveAndMembersSeeEachOtherAsProfilesAllow() {
        var group = group("Approval circle", "PUBLIC", "APPROVAL", "Hamburg", List.of());
        var newcomer = TestAccounts.signUp(accounts, "Nora Newcomer").id();
        assertThat(memberships.join(newcomer, group.id())).isEqualTo(MembershipStatus.PENDING);
        assertThatThrownBy(() -> groups.members(newcomer, group.id(), PageRequest.of(0, 20)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.approve(member, group.id(), newcomer))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(groups.requests(organizer, group.id(), PageRequest.of(0, 20)).items())
                .extracting(GroupMember::account).containsExactly(newcomer);

        memberships.approve(organizer, group.id(), newcomer);

        var seen = groups.members(newcomer, group.id(), PageRequest.of(0, 20));
        assertThat(seen.items()).extracting(GroupMember::account).containsExactly(owner, organizer, member, newcomer);
        assertThat(seen.items()).extracting(GroupMember::role)
                .containsExactly(GroupRole.OWNER, GroupRole.ORGANIZER, GroupRole.MEMBER, GroupRole.MEMBER);
        assertThat(seen.items()).allSatisfy(m -> assertThat(m.profile()).isPresent());
        assertThat(groups.requests(owner, group.id(), PageRequest.of(0, 20)).items()).isEmpty();

        memberships.leave(newcomer, group.id());
        assertThat(groups.get(Optional.of(newcomer), group.slug()).mine()).isEmpty();
    }

    @Test
    void theLastOwnerCannotLeaveOrStepDown() {
        var group = group("Owner circle", "PUBLIC", "OPEN", "", List.of());
        assertThatThrownBy(() -> memberships.leave(owner, group.id()))
                .hasMessage(MembershipRules.LAST_OWNER);
        assertThatThrownBy(() -> memberships.changeRole(owner, group.id(), owner, GroupRole.MEMBER))
                .hasMessage(MembershipRules.LAST_OWNER);
        memberships.changeRole(owner, group.id(), organizer, GroupRole.OWNER);
        memberships.leave(owner, group.id());
        assertThat(groups.get(Optional.of(organizer), group.slug()).mine()).get()
                .extracting(Membership::role).isEqualTo(GroupRole.OWNER);
    }

    @Test
    void membershipsJoinTheExportAndErasurePassesTheGroupOn() {
        var leaving = TestAccounts.signUp(accounts, "Erin Erased").id();
        var group = groups.create(leaving, new GroupInput("Erasure circle " + unique(), null, "", List.of(), "", null,
                null, null));
        memberships.join(member, group.id());

        @SuppressWarnings("unchecked")
        var export = (List<Map<String, Object>>) personalData.export(leaving).get("groups");
        assertThat(export).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("groupId", group.id().toString()).containsEntry("role", "OWNER");
        });

        personalData.eraseAll(leaving);

        assertThat(groups.mine(leaving)).isEmpty();
        assertThat(groups.get(Optional.of(member), group.slug()).mine()).get()
                .extracting(Membership::role).isEqualTo(GroupRole.OWNER);
    }

    @Test
    void ownersRemoveAnyoneOrganizersOnlyMembersAndRequestsAndAnOwnerAlwaysRemains() {
        var group = group("Removal circle", "PUBLIC", "APPROVAL", "", List.of());
        var asking = TestAccounts.signUp(accounts, "Ari Asking").id();
        memberships.join(asking, group.id());

        memberships.remove(organizer, group.id(), asking);
        assertThat(groups.requests(owner, group.id(), PageRequest.of(0, 20)).items()).isEmpty();
        assertThatThrownBy(() -> memberships.remove(organizer, group.id(), owner))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.remove(member, group.id(), organizer))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.remove(owner, group.id(), asking))
                .isInstanceOf(GroupMemberships.MemberNotFoundException.class);
        assertThatThrownBy(() -> memberships.remove(owner, group.id(), owner))
                .hasMessage(MembershipRules.LAST_OWNER);

        memberships.remove(organizer, group.id(), member);
        memberships.remove(owner, group.id(), organizer);

        assertThat(groups.members(owner, group.id(), PageRequest.of(0, 20)).items())
                .extracting(GroupMember::account).containsExactly(owner);
        // A removed member may ask again.
        assertThat(memberships.join(member, group.id())).isEqualTo(MembershipStatus.PENDING);
    }

    @Test
    void anUnlistedGroupLeavesTheDirectoryButOpensByLinkAndIsListedAgain() {
        var marker = "Unlistedcircle" + unique().replace("-", "");
        var group = group(marker, "PUBLIC", "OPEN", "Berlin", List.of("moderation"));
        assertThat(groups.search(marker, null, null, PageRequest.of(0, 20)).items()).extracting(Group::id)
                .containsExactly(group.id());

        var unlistedAt = groups.changeListing(group.id(), false);

        assertThat(unlistedAt).isPresent();
        assertThat(groups.unlistedAt(group.id())).isEqualTo(unlistedAt);
        assertThat(groups.search(marker, null, null, PageRequest.of(0, 20)).items()).isEmpty();
        assertThat(groups.search(null, "moderation", "berlin", PageRequest.of(0, 100)).items())
                .extracting(Group::id).doesNotContain(group.id());
        assertThat(groups.get(Optional.empty(), group.slug()).group().id()).isEqualTo(group.id());
        assertThat(groups.get(Optional.of(member), group.slug()).viewerBelongs()).isTrue();
        assertThat(groups.changeListing(group.id(), false)).isEqualTo(unlistedAt);

        assertThat(groups.changeListing(group.id(), true)).isEmpty();
        assertThat(groups.search(marker, null, null, PageRequest.of(0, 20)).items()).extracting(Group::id)
                .containsExactly(group.id());
        assertThatThrownBy(() -> groups.changeListing(new GroupId(UUID.randomUUID()), false))
                .isInstanceOf(GroupNotFoundException.class);
    }

    @Test
    void aListOfGroupsGetsEachGroupsNextThreePublishedEventsInOneGo() {
        var busy = group("Busy circle", "PUBLIC", "OPEN", "", List.of());
        var quiet = group("Quiet circle", "PUBLIC", "OPEN", "", List.of());
        var empty = group("Empty circle", "PUBLIC", "OPEN", "", List.of());
        for (int day = 5; day >= 1; day--) {
            var event = events.createInGroup(organizer, busy.id(), EventInputs.valid("Busy evening " + day,
                    Instant.now().plus(Duration.ofDays(day)).truncatedTo(ChronoUnit.MINUTES)));
            events.publish(organizer, event.id());
        }
        events.createInGroup(organizer, busy.id(), EventInputs.valid("Busy draft", nextWeek.minus(Duration.ofDays(7))
                .plus(Duration.ofHours(1))));
        var quietEvent = events.createInGroup(organizer, quiet.id(), EventInputs.valid("Quiet evening", nextWeek));
        events.publish(organizer, quietEvent.id());

        var upcoming = groups.upcoming(List.of(busy.id(), quiet.id(), empty.id()));

        assertThat(upcoming.get(busy.id())).extracting(e -> e.title())
                .containsExactly("Busy evening 1", "Busy evening 2", "Busy evening 3");
        assertThat(upcoming.get(quiet.id())).extracting(e -> e.id()).containsExactly(quietEvent.id());
        assertThat(upcoming).doesNotContainKey(empty.id());
        assertThat(groups.upcoming(busy.id())).isEqualTo(upcoming.get(busy.id()));
    }
}
