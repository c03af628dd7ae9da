package org.mingle.domain.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.demo.DemoSeries;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventPatch;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.GroupOrganizers;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.SeriesId;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesServiceTest implements MicronautPostgres {

    @Inject
    SeriesService series;
    @Inject
    EventService events;
    @Inject
    AccountService accounts;
    @Inject
    GroupOrganizers organizers;
    @Inject
    DSLContext sql;
    @Inject
    Clock clock;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    DemoSeries demoSeries;

    private AccountId owner;
    private AccountId organizer;
    private AccountId member;
    private AccountId stranger;
    private GroupId group;

    private final LocalDate nextTuesday = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(2)
            .with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

    @BeforeAll
    void aGroupWithItsPeople() {
        owner = TestAccounts.signUp(accounts, "Greta Owner").id();
        organizer = TestAccounts.signUp(accounts, "Otto Organizer").id();
        member = TestAccounts.signUp(accounts, "Mia Member").id();
        stranger = TestAccounts.signUp(accounts, "Sam Stranger").id();
        group = newGroup();
    }

    /** The groups feature is built elsewhere; its rows are written here as it would write them. */
    private GroupId newGroup() {
        var id = GroupId.newId();
        sql.execute("insert into groups (id, slug, name, join_policy, visibility) values (?, ?, 'Berlin founders', "
                + "'OPEN', 'PUBLIC')", id.value(), "founders-" + id.value().toString().substring(0, 8));
        member(id, owner, "OWNER", "MEMBER");
        member(id, organizer, "ORGANIZER", "MEMBER");
        member(id, member, "MEMBER", "MEMBER");
        member(id, stranger, "ORGANIZER", "PENDING");
        return id;
    }

    private void member(GroupId id, AccountId account, String role, String status) {
        sql.execute("insert into group_members (group_id, account_id, role, status) values (?, ?, ?, ?)", id.value(),
                account.value(), role, status);
    }

    private SeriesInput weekly(int count, boolean publish) {
        return new SeriesInput("Founders breakfast", "Coffee first.", "Factory", 40, "Europe/Berlin", "18:30", 120,
                "FREQ=WEEKLY;BYDAY=TU;COUNT=" + count, nextTuesday.toString(), publish);
    }

    @Test
    void anOrganizerCreatesOneDraftPerDateAtTheLocalStartTime() {
        var created = series.create(organizer, group, weekly(6, false));

        assertThat(created.events()).hasSize(6).allSatisfy(event -> {
            assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
            assertThat(event.ownerId()).isEqualTo(organizer);
            assertThat(event.details().startsAt().atZone(ZoneId.of("Europe/Berlin")).toLocalTime())
                    .isEqualTo(LocalTime.of(18, 30));
            assertThat(event.details().capacity()).isEqualTo(40);
        });
        assertThat(created.events().get(0).details().startsAt().atZone(ZoneId.of("Europe/Berlin")).toLocalDate())
                .isEqualTo(nextTuesday);
        var read = series.get(owner, created.series().id());
        assertThat(read.events()).isEqualTo(created.events());
        assertThat(read.series().occurrenceCount()).isEqualTo(6);
        assertThat(read.series().groupId()).isEqualTo(group);
        assertThat(sql.fetchCount(sql.selectFrom("events").where("series_id = ? and group_id = ?",
                created.series().id().value(), group.value()))).isEqualTo(6);
    }

    @Test
    void publishedWhenAsked() {
        var created = series.create(owner, group, weekly(2, true));

        assertThat(created.events()).extracting(Event::status).containsOnly(EventStatus.PUBLISHED);
        assertThat(events.get(Optional.empty(), created.events().get(1).id()).status())
                .isEqualTo(EventStatus.PUBLISHED);
    }

    @Test
    void onlyTheGroupsOwnersAndOrganizersMayCreateOrSeeASeries() {
        assertThatThrownBy(() -> series.create(member, group, weekly(2, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> series.create(stranger, group, weekly(2, false)))
                .as("a pending organizer").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> series.preview(member, group, weekly(2, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> series.create(owner, GroupId.newId(), weekly(2, false)))
                .isInstanceOf(GroupNotFoundException.class);
        var created = series.create(owner, group, weekly(1, false));
        assertThatThrownBy(() -> series.get(member, created.series().id()))
                .isInstanceOf(SeriesNotFoundException.class);
        assertThatThrownBy(() -> series.extend(member, created.series().id(), 1, null))
                .isInstanceOf(SeriesNotFoundException.class);
        assertThatThrownBy(() -> series.get(owner, SeriesId.newId())).isInstanceOf(SeriesNotFoundException.class);
    }

    @Test
    void aRefusedSeriesCreatesNothing() {
        var other = newGroup();
        var input = new SeriesInput("", "", "", 0, "Mars/Olympus", "18:30", 60, "FREQ=WEEKLY;COUNT=2",
                nextTuesday.toString(), false);

        assertThatThrownBy(() -> series.create(owner, other, input)).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.errors()).hasSize(3));
        assertThat(sql.fetchCount(sql.selectFrom("event_series").where("group_id = ?", other.value()))).isZero();
    }

    @Test
    void aPreviewCreatesNothing() {
        var other = newGroup();

        var plan = series.preview(owner, other, weekly(3, false));

        assertThat(plan.starts()).hasSize(3);
        assertThat(sql.fetchCount(sql.selectFrom("event_series").where("group_id = ?", other.value()))).isZero();
    }

    @Test
    void eachOccurrenceIsEditedAndCancelledOnItsOwn() {
        var created = series.create(owner, group, weekly(3, true));
        var first = created.events().get(0);
        var second = created.events().get(1);

        events.update(owner, first.id(), new EventPatch("Founders breakfast: pitch special", null, null, null, null,
                "Rooftop", null, null, false, null, null));
        events.cancel(owner, second.id());

        var now = series.get(owner, created.series().id()).events();
        assertThat(now.get(0).details().title()).isEqualTo("Founders breakfast: pitch special");
        assertThat(now.get(0).details().venue()).isEqualTo("Rooftop");
        assertThat(now.get(1).status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(now.get(2)).isEqualTo(created.events().get(2));
        assertThat(now.get(2).status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(now.get(1).details().title()).isEqualTo("Founders breakfast");
    }

    @Test
    void extendingContinuesAfterTheLastDateEvenWhenItWasCancelled() {
        var created = series.create(organizer, group, weekly(2, false));
        events.cancel(organizer, created.events().get(1).id());

        var extended = series.extend(owner, created.series().id(), 3, null);

        assertThat(extended.events()).hasSize(5);
        assertThat(extended.series().occurrenceCount()).isEqualTo(5);
        assertThat(extended.series().lastDate()).isEqualTo(nextTuesday.plusWeeks(4));
        assertThat(extended.events().subList(2, 5)).allSatisfy(event -> {
            assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
            assertThat(event.ownerId()).isEqualTo(owner);
        });
        assertThat(extended.events().get(2).details().startsAt().atZone(ZoneId.of("Europe/Berlin")).toLocalDate())
                .isEqualTo(nextTuesday.plusWeeks(2));
        assertThat(series.previewExtension(owner, created.series().id(), null,
                nextTuesday.plusWeeks(6).toString()).starts()).hasSize(2);
    }

    @Test
    void parallelExtensionsNeverCreateADateTwice() throws Exception {
        var created = series.create(owner, group, weekly(1, false));
        var id = created.series().id();

        var outcomes = Parallel.run(extensions(4, () -> series.extend(owner, id, 2, null)));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(SeriesView.class));
        assertThat(duplicateStarts(id)).isEmpty();
        assertThat(series.get(owner, id).events()).hasSize(9);
        assertThat(series.get(owner, id).series().occurrenceCount()).isEqualTo(9);
    }

    @Test
    void negativeControlWithoutTheSeriesLockParallelExtensionsDuplicateDates() throws Exception {
        var unlocked = new SeriesService(new JdbcSeries(sql) {
            @Override
            Optional<Series> findForUpdate(SeriesId id) {
                return find(id);
            }
        }, events, organizers, clock);

        List<Instant> duplicates = List.of();
        for (int attempt = 0; attempt < 5 && duplicates.isEmpty(); attempt++) {
            var id = series.create(owner, group, weekly(1, false)).series().id();
            Parallel.run(extensions(4, () -> transactions.executeWrite(status -> unlocked.extend(owner, id, 2, null))));
            duplicates = duplicateStarts(id);
        }

        assertThat(duplicates).as("dates created twice without the lock").isNotEmpty();
    }

    @Test
    void theDemoSeriesIsSixPublishedSecondTuesdayEvenings() {
        var id = demoSeries.seedMonthly(owner, newGroup());

        var shown = series.get(owner, id).events();
        assertThat(shown).hasSize(6).allSatisfy(event -> {
            var start = event.details().startsAt().atZone(ZoneId.of("Europe/Berlin"));
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(start.getDayOfMonth()).isBetween(8, 14);
            assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(18, 30));
            assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
        });
    }

    private static List<Callable<Object>> extensions(int n, Callable<Object> extension) {
        var actions = new ArrayList<Callable<Object>>();
        for (int i = 0; i < n; i++) {
            actions.add(extension);
        }
        return actions;
    }

    private List<Instant> duplicateStarts(SeriesId id) {
        var seen = new HashSet<Instant>();
        return events.inSeries(id).stream().map(event -> event.details().startsAt()).filter(s -> !seen.add(s))
                .toList();
    }
}
