package org.mingle.domain.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.EventInputs;
import org.mingle.domain.events.EventService;
import org.mingle.domain.groups.Group;
import org.mingle.domain.groups.GroupInput;
import org.mingle.domain.groups.GroupMemberships;
import org.mingle.domain.groups.GroupNotFoundException;
import org.mingle.domain.groups.GroupRole;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;

/** Reporting groups and unlisting them: the same rules as for events, asked of the groups feature. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupModerationTest implements MicronautPostgres {

    @Inject
    ModerationService moderation;
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

    private Account admin;
    private Account owner;
    private Account organizer;
    private Account member;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.put("mingle.admin-emails", "gus.admin@example.com");
        return properties;
    }

    @BeforeAll
    void people() {
        admin = accounts.signUp(new SignUp("gus.admin@example.com", TestAccounts.PASSWORD, "Gus Admin"), "127.0.0.1");
        owner = TestAccounts.signUp(accounts, "Gina Groupowner");
        organizer = TestAccounts.signUp(accounts, "Oren Organizer");
        member = TestAccounts.signUp(accounts, "Mo Member");
    }

    private Group group(String name, String visibility) {
        var group = groups.create(owner.id(), new GroupInput(name + " " + UUID.randomUUID().toString().substring(0, 8),
                null, "Free crypto every week.", List.of("giveaways"), "Berlin", null, "OPEN", visibility));
        memberships.join(organizer.id(), group.id());
        memberships.approve(owner.id(), group.id(), organizer.id());
        memberships.changeRole(owner.id(), group.id(), organizer.id(), GroupRole.ORGANIZER);
        memberships.join(member.id(), group.id());
        memberships.approve(owner.id(), group.id(), member.id());
        return group;
    }

    @Test
    void aReportOfAGroupReachesTheAdministratorsUnderTheGroupsName() {
        var group = group("Crypto giveaways", "PUBLIC");
        var outsider = TestAccounts.signUp(accounts, "Olli Outsider");

        var report = moderation.reportGroup(outsider.id(), group.id(), ReportReason.SPAM, " Scam. ");
        moderation.reportGroup(member.id(), group.id(), ReportReason.OFFENSIVE, "");

        assertThat(report.subjectKind()).isEqualTo(SubjectKind.GROUP);
        assertThat(report.subjectTitle()).contains(group.name());
        assertThat(report.details()).isEqualTo("Scam.");
        var subject = moderation.openBySubject(admin.id()).stream()
                .filter(s -> s.id().equals(group.id().value())).findFirst().orElseThrow();
        assertThat(subject.kind()).isEqualTo(SubjectKind.GROUP);
        assertThat(subject.title()).contains(group.name());
        assertThat(subject.unlistedAt()).isEmpty();
        assertThat(subject.reports()).hasSize(2);
        assertThat(notifications.list(admin.id(), true, PageRequest.of(0, 100)).items())
                .filteredOn(n -> n.kind() == NotificationKind.CONTENT_REPORTED && n.title().contains(group.name()))
                .hasSize(2)
                .allSatisfy(n -> assertThat(n.body()).contains("the group " + group.name())
                        .doesNotContain("Olli Outsider"));
    }

    @Test
    void theGroupsOwnersAndOrganizersCannotReportItAndOutsidersCannotFindAPrivateOne() {
        var open = group("Self reporting", "PUBLIC");
        var closed = group("Quiet circle", "PRIVATE");
        var outsider = TestAccounts.signUp(accounts, "Ola Outsider");

        assertThatThrownBy(() -> moderation.reportGroup(owner.id(), open.id(), ReportReason.SPAM, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.reportGroup(organizer.id(), open.id(), ReportReason.SPAM, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.reportGroup(outsider.id(), closed.id(), ReportReason.SPAM, ""))
                .isInstanceOf(GroupNotFoundException.class);
        assertThat(moderation.reportGroup(member.id(), closed.id(), ReportReason.OTHER, "").status())
                .isEqualTo(ReportStatus.OPEN);
    }

    @Test
    void oneOpenReportPerReporterAndGroupAndTheDailyLimitCountsEventsAndGroupsTogether() {
        var group = group("Repeat circle", "PUBLIC");
        var reporter = TestAccounts.signUp(accounts, "Rhea Reporter");
        moderation.reportGroup(reporter.id(), group.id(), ReportReason.SPAM, "");

        assertThatThrownBy(() -> moderation.reportGroup(reporter.id(), group.id(), ReportReason.OTHER, ""))
                .isInstanceOf(ConflictException.class)
                .hasMessage("You have reported this group already; an administrator will look at your report.");

        var nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        for (int i = 1; i < ReportRules.REPORTS_PER_DAY; i++) {
            var event = events.create(owner.id(), EventInputs.valid("Limit evening " + i, nextWeek)).id();
            events.publish(owner.id(), event);
            moderation.reportEvent(reporter.id(), event, ReportReason.SPAM, "");
        }
        var another = group("Limit circle", "PUBLIC");
        assertThatThrownBy(() -> moderation.reportGroup(reporter.id(), another.id(), ReportReason.SPAM, ""))
                .isInstanceOf(ReportLimitException.class);
    }

    @Test
    void unlistingAGroupTakesItOutOfTheDirectoryResolvesItsReportsAndListingAgainBringsItBack() {
        var group = group("Unlisting circle", "PUBLIC");
        var report = moderation.reportGroup(member.id(), group.id(), ReportReason.FAKE_OR_TEST, "");
        assertThat(listed(group)).isTrue();

        assertThatThrownBy(() -> moderation.changeGroupListing(owner.id(), group.id(), false))
                .isInstanceOf(AccessDeniedException.class);
        var unlistedAt = moderation.changeGroupListing(admin.id(), group.id(), false);

        assertThat(unlistedAt).isPresent();
        assertThat(listed(group)).isFalse();
        assertThat(groups.get(Optional.of(member.id()), group.slug()).group().id()).isEqualTo(group.id());
        assertThat(moderation.list(admin.id(), ReportStatus.UNLISTED, PageRequest.of(0, 100)).items())
                .filteredOn(r -> r.id().equals(report.id())).singleElement()
                .satisfies(r -> assertThat(r.resolvedBy()).contains(admin.id()));
        assertThat(moderation.openBySubject(admin.id())).noneMatch(s -> s.id().equals(group.id().value()));

        assertThat(moderation.changeGroupListing(admin.id(), group.id(), true)).isEmpty();
        assertThat(listed(group)).isTrue();
    }

    private boolean listed(Group group) {
        return groups.search(group.name(), null, null, PageRequest.of(0, 20)).items().stream()
                .anyMatch(found -> found.id().equals(group.id()));
    }
}
