package org.mingle.domain.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.CONTENT_REPORTS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInputs;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationServiceTest implements MicronautPostgres {

    private static final String ADMIN_EMAIL = "ada.admin@example.com";

    @Inject
    ModerationService moderation;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    NotificationService notifications;
    @Inject
    PersonalDataService personalData;
    @Inject
    DSLContext sql;

    private final Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
    private Account admin;
    private Account owner;
    private Account attendee;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        // Upper case and spaces: the setting is compared as Email compares addresses.
        properties.put("mingle.admin-emails", " Ops@Example.com , ADA.Admin@Example.com");
        return properties;
    }

    @BeforeAll
    void people() {
        admin = accounts.signUp(new SignUp(ADMIN_EMAIL, TestAccounts.PASSWORD, "Ada Admin"), "127.0.0.1");
        owner = TestAccounts.signUp(accounts, "Olga Owner");
        attendee = TestAccounts.signUp(accounts, "Alex Attendee");
    }

    @Test
    void aReportReachesTheAdministratorsWhoSeeItGroupedByEvent() {
        var event = published("Test please ignore");
        var other = TestAccounts.signUp(accounts, "Otto Other");

        var report = moderation.reportEvent(attendee.id(), event, ReportReason.FAKE_OR_TEST, "  Only a test. ");
        moderation.reportEvent(other.id(), event, ReportReason.SPAM, null);

        assertThat(report.status()).isEqualTo(ReportStatus.OPEN);
        assertThat(report.details()).isEqualTo("Only a test.");
        assertThat(report.reporterName()).contains("Alex Attendee");
        assertThat(moderation.isAdministrator(admin.id())).isTrue();
        assertThat(moderation.isAdministrator(attendee.id())).isFalse();
        var subject = moderation.openBySubject(admin.id()).stream()
                .filter(s -> s.id().equals(event.value())).findFirst().orElseThrow();
        assertThat(subject.kind()).isEqualTo(SubjectKind.EVENT);
        assertThat(subject.title()).contains("Test please ignore");
        assertThat(subject.unlistedAt()).isEmpty();
        assertThat(subject.reports()).extracting(ContentReport::reason)
                .containsExactly(ReportReason.FAKE_OR_TEST, ReportReason.SPAM);
        var notices = notifications.list(admin.id(), true, PageRequest.of(0, 100)).items().stream()
                .filter(n -> n.kind() == NotificationKind.CONTENT_REPORTED && n.title().contains("Test please ignore"))
                .toList();
        assertThat(notices).hasSize(2).allSatisfy(n -> assertThat(n.link()).contains("/admin/reports"));
        assertThat(notices.get(0).body()).doesNotContain("Alex Attendee", "Otto Other");
    }

    @Test
    void aRepeatedReportIsRefusedWhileTheFirstIsOpen() {
        var event = published("Repeat night");
        var first = moderation.reportEvent(attendee.id(), event, ReportReason.SPAM, "");

        assertThatThrownBy(() -> moderation.reportEvent(attendee.id(), event, ReportReason.OTHER, "again"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("You have reported this event already; an administrator will look at your report.");

        moderation.dismiss(admin.id(), first.id());
        assertThat(moderation.reportEvent(attendee.id(), event, ReportReason.OTHER, "again").status())
                .isEqualTo(ReportStatus.OPEN);
        assertThatThrownBy(() -> moderation.dismiss(admin.id(), first.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void twoReportsAtOnceOfOneReporterFileOneAndOfTwoReportersFileBoth() throws InterruptedException {
        var event = published("Parallel night");
        var reporter = TestAccounts.signUp(accounts, "Petra Parallel");
        List<Callable<Object>> same = List.of(
                () -> moderation.reportEvent(reporter.id(), event, ReportReason.SPAM, "one"),
                () -> moderation.reportEvent(reporter.id(), event, ReportReason.SPAM, "two"));

        var outcomes = Parallel.run(same);

        assertThat(outcomes).filteredOn(ContentReport.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);

        // Negative control: two people reporting at once both get through.
        var second = TestAccounts.signUp(accounts, "Sven Second");
        List<Callable<Object>> different = List.of(
                () -> moderation.reportEvent(attendee.id(), event, ReportReason.SPAM, ""),
                () -> moderation.reportEvent(second.id(), event, ReportReason.SPAM, ""));
        assertThat(Parallel.run(different)).allMatch(ContentReport.class::isInstance);
    }

    @Test
    void aReporterFilesAtMostTwentyReportsADay() {
        var reporter = TestAccounts.signUp(accounts, "Rita Reporter");
        for (int i = 0; i < ReportRules.REPORTS_PER_DAY; i++) {
            moderation.reportEvent(reporter.id(), published("Limit night " + i), ReportReason.SPAM, "");
        }
        var oneMore = published("Limit night extra");

        assertThatThrownBy(() -> moderation.reportEvent(reporter.id(), oneMore, ReportReason.SPAM, ""))
                .isInstanceOfSatisfying(ReportLimitException.class, limit -> assertThat(limit.retryAfter())
                        .isGreaterThan(Duration.ofHours(23)).isLessThanOrEqualTo(Duration.ofDays(1)))
                .hasMessageStartingWith("You can file 20 reports a day.");

        // A day later the reports no longer count.
        sql.update(CONTENT_REPORTS)
                .set(CONTENT_REPORTS.CREATED_AT, Instant.now().minus(Duration.ofHours(25)))
                .where(CONTENT_REPORTS.REPORTER_ID.eq(reporter.id())).execute();
        assertThat(moderation.reportEvent(reporter.id(), oneMore, ReportReason.SPAM, "").status())
                .isEqualTo(ReportStatus.OPEN);
    }

    @Test
    void anUnlistedEventLeavesThePublicListButOpensByLink() {
        var event = published("Unlisting candidate");
        var report = moderation.reportEvent(attendee.id(), event, ReportReason.FAKE_OR_TEST, "");
        assertThat(titlesListed("Unlisting candidate")).containsExactly("Unlisting candidate");

        var unlistedAt = moderation.changeEventListing(admin.id(), event, false);

        assertThat(unlistedAt).isPresent();
        assertThat(titlesListed("Unlisting candidate")).isEmpty();
        assertThat(events.get(Optional.empty(), event).title()).isEqualTo("Unlisting candidate");
        assertThat(events.get(Optional.of(owner.id()), event).title()).isEqualTo("Unlisting candidate");
        assertThat(events.unlistedAt(event)).isEqualTo(unlistedAt);
        var resolved = moderation.list(admin.id(), ReportStatus.UNLISTED, PageRequest.of(0, 100)).items().stream()
                .filter(r -> r.id().equals(report.id())).findFirst().orElseThrow();
        assertThat(resolved.resolvedBy()).contains(admin.id());
        assertThat(resolved.resolvedAt()).isPresent();
        // Unlisting again keeps the first time.
        assertThat(moderation.changeEventListing(admin.id(), event, false)).isEqualTo(unlistedAt);

        assertThat(moderation.changeEventListing(admin.id(), event, true)).isEmpty();
        assertThat(titlesListed("Unlisting candidate")).containsExactly("Unlisting candidate");
    }

    @Test
    void onlyAdministratorsModerateAndTheTeamCannotReportItsOwnEvent() {
        var event = published("Guarded night");
        var report = moderation.reportEvent(attendee.id(), event, ReportReason.SPAM, "");

        assertThatThrownBy(() -> moderation.changeEventListing(owner.id(), event, false))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Only administrators can do this.");
        assertThatThrownBy(() -> moderation.dismiss(attendee.id(), report.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.openBySubject(owner.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.reportEvent(owner.id(), event, ReportReason.SPAM, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.reportEvent(attendee.id(), event, null, ""))
                .isInstanceOf(InvalidInputException.class);
        assertThat(titlesListed("Guarded night")).containsExactly("Guarded night");
    }

    @Test
    void anErasedReportersReportStaysWithoutTheirNameOrWords() {
        var event = published("Erasure night");
        var leaving = TestAccounts.signUp(accounts, "Lea Leaving");
        var report = moderation.reportEvent(leaving.id(), event, ReportReason.OFFENSIVE, "Lea's own words");
        assertThat(personalData.export(leaving.id()).get("contentReports").toString()).contains("Lea's own words");

        accounts.erase(leaving.id(), null);

        var kept = moderation.list(admin.id(), ReportStatus.OPEN, PageRequest.of(0, 100)).items().stream()
                .filter(r -> r.id().equals(report.id())).findFirst().orElseThrow();
        assertThat(kept.reporter()).isEmpty();
        assertThat(kept.reporterName()).isEmpty();
        assertThat(kept.details()).isEmpty();
        assertThat(kept.reason()).isEqualTo(ReportReason.OFFENSIVE);
    }

    private EventId published(String title) {
        var id = events.create(owner.id(), EventInputs.valid(title, nextWeek)).id();
        events.publish(owner.id(), id);
        return id;
    }

    private List<String> titlesListed(String words) {
        return events.listUpcoming(new EventSearch(null, null, words), PageRequest.of(0, 100)).items().stream()
                .map(Event::title).toList();
    }
}
