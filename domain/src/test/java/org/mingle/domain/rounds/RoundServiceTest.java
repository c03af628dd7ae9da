package org.mingle.domain.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundServiceTest implements MicronautPostgres {

    @Inject
    RoundService rounds;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    ProfileService profiles;
    @Inject
    AccountService accounts;
    @Inject
    PersonalDataService personalData;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void organizersPlanRoundsForThePeopleCheckedInAndEveryoneSeesTheirOwn() {
        var event = TestEvents.published(events, organizer, 10, false);
        var present = attendees(event, 6, true);
        var absent = attendees(event, 2, false);
        var start = soon();

        var schedule = rounds.generate(organizer, event, new RoundsInput(3, 7, start, 2, null, "REST"));

        assertThat(schedule.rounds()).hasSize(3).extracting(ScheduledRound::number).containsExactly(1, 2, 3);
        assertThat(schedule.rounds()).extracting(ScheduledRound::startsAt)
                .containsExactly(start, start.plus(Duration.ofMinutes(9)), start.plus(Duration.ofMinutes(18)));
        assertThat(schedule.rounds().get(0).endsAt()).isEqualTo(start.plus(Duration.ofMinutes(7)));
        Set<Set<AccountId>> pairs = new HashSet<>();
        for (ScheduledRound scheduled : schedule.rounds()) {
            List<AccountId> seated = new ArrayList<>();
            scheduled.round().tables().forEach(table -> {
                seated.addAll(table.people());
                assertThat(pairs.add(Set.copyOf(table.people()))).as("no pair twice").isTrue();
            });
            assertThat(seated).containsExactlyInAnyOrderElementsOf(present).doesNotContainAnyElementsOf(absent);
        }
        assertThat(schedule.names()).containsKeys(present.toArray(AccountId[]::new));

        var mine = rounds.mine(present.get(0), event);
        assertThat(mine).hasSize(3).allSatisfy(round -> {
            assertThat(round.table()).isNotNull();
            assertThat(round.with()).singleElement().satisfies(companion -> {
                assertThat(companion.person().displayName()).startsWith("Attendee");
                assertThat(companion.reasons()).extracting(Reason::kind).contains(Reason.Kind.SHARED_INTEREST);
            });
        });
    }

    @Test
    void anOddCountRestsOnePersonPerRoundOrMakesATableOfThree() {
        var event = TestEvents.published(events, organizer, 10, false);
        attendees(event, 9, true);

        var rested = rounds.generate(organizer, event, new RoundsInput(2, 5, soon(), 0, false, "REST"));
        assertThat(rested.rounds()).allSatisfy(round -> assertThat(round.round().resting()).hasSize(1));

        var trios = rounds.generate(organizer, event, new RoundsInput(2, 5, soon(), 0, false, null));
        assertThat(trios.rounds()).allSatisfy(round -> {
            assertThat(round.round().resting()).isEmpty();
            assertThat(round.round().tables()).filteredOn(table -> table.people().size() == 3).hasSize(1);
        });
    }

    @Test
    void planningAgainKeepsTheRoundUnderWayAndSeatsLateArrivals() {
        var event = TestEvents.published(events, organizer, 10, false);
        var early = attendees(event, 4, true);
        var now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        var first = rounds.generate(organizer, event,
                new RoundsInput(3, 5, now.minus(Duration.ofSeconds(60)), 0, false, "REST"));
        var underWay = first.rounds().get(0);
        var late = attendees(event, 2, true);

        var again = rounds.generate(organizer, event, new RoundsInput(2, 5, underWay.endsAt(), 0, false, "REST"));

        assertThat(again.rounds()).extracting(ScheduledRound::number).containsExactly(1, 2, 3);
        assertThat(again.rounds().get(0)).isEqualTo(underWay);
        Set<Set<AccountId>> met = new HashSet<>();
        underWay.round().tables().forEach(table -> met.add(Set.copyOf(table.people())));
        for (ScheduledRound scheduled : again.rounds().subList(1, 3)) {
            List<AccountId> seated = new ArrayList<>();
            scheduled.round().tables().forEach(table -> {
                seated.addAll(table.people());
                assertThat(met.add(Set.copyOf(table.people()))).isTrue();
            });
            assertThat(seated).containsAll(late).containsAll(early);
        }
        assertThatThrownBy(() -> rounds.generate(organizer, event,
                new RoundsInput(1, 5, underWay.startsAt().plus(Duration.ofMinutes(1)), 0, false, "REST")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("startsAt");
    }

    @Test
    void announcingCallsTheNextRoundInTurnAndPlanningAgainKeepsAnnouncedRounds() {
        var event = TestEvents.published(events, organizer, 10, false);
        var people = attendees(event, 4, true);
        var start = soon();
        rounds.generate(organizer, event, new RoundsInput(2, 5, start, 0, false, null));
        assertThat(rounds.mine(people.get(0), event)).extracting(MyRound::announcedAt).containsOnlyNulls();

        var first = rounds.announceNext(organizer, event);

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.announcedAt()).isNotNull();
        assertThat(rounds.mine(people.get(0), event)).extracting(MyRound::announcedAt)
                .containsExactly(first.announcedAt(), null);
        var held = rounds.schedule(organizer, event).rounds().get(0);
        var again = rounds.generate(organizer, event, new RoundsInput(1, 5, held.endsAt(), 0, false, null));
        assertThat(again.rounds()).hasSize(2);
        assertThat(again.rounds().get(0)).isEqualTo(held);
        assertThat(rounds.announceNext(organizer, event).number()).isEqualTo(2);
        assertThatThrownBy(() -> rounds.announceNext(organizer, event))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no round left");
        assertThatThrownBy(() -> rounds.announceNext(people.get(0), event))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyOrganizersPlanOnlyTheTeamSeesTheWholePlanOnlyAttendeesSeeTheirs() {
        var event = TestEvents.published(events, organizer, 10, false);
        var people = attendees(event, 2, true);
        var staff = TestAccounts.signUp(accounts, "Stan Staff");
        events.addToTeam(organizer, event, staff.email().value(), EventRole.CHECKIN_STAFF, "127.0.0.1");
        var outsider = TestPeople.create(sql, 1, "Outsider").get(0);

        assertThatThrownBy(() -> rounds.generate(people.get(0), event, new RoundsInput(1, 5, soon(), 0, false, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.generate(staff.id(), event, new RoundsInput(1, 5, soon(), 0, false, null)))
                .isInstanceOf(AccessDeniedException.class);
        rounds.generate(organizer, event, new RoundsInput(1, 5, soon(), 0, false, null));
        assertThat(rounds.schedule(staff.id(), event).rounds()).hasSize(1);
        assertThatThrownBy(() -> rounds.schedule(people.get(0), event)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.mine(outsider, event)).isInstanceOf(AccessDeniedException.class);
        assertThat(rounds.mine(people.get(1), event)).hasSize(1);
    }

    @Test
    void badRequestsAreNamedAndTooFewPeopleAreRefused() {
        var event = TestEvents.published(events, organizer, 10, false);
        attendees(event, 1, true);
        attendees(event, 1, false);

        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(() -> rounds.generate(organizer, event,
                new RoundsInput(0, 61, Instant.now().minus(Duration.ofHours(1)), 31, null, "PAIRS")),
                InvalidInputException.class);
        assertThat(thrown.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("rounds", "minutesPerRound", "startsAt", "breakMinutes", "oddCount");
        assertThatThrownBy(() -> rounds.generate(organizer, event, new RoundsInput(1, 5, soon(), 0, false, null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("checked in");
        assertThat(rounds.generate(organizer, event, new RoundsInput(1, 5, soon(), 0, true, null)).rounds())
                .singleElement().satisfies(round -> assertThat(round.round().tables()).hasSize(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void seatsAreInTheDataExport() {
        var event = TestEvents.published(events, organizer, 10, false);
        var people = attendees(event, 2, true);
        rounds.generate(organizer, event, new RoundsInput(1, 5, soon(), 0, false, null));

        var seats = (List<Map<String, Object>>) personalData.export(people.get(0)).get("networkingRounds");

        assertThat(seats).singleElement().satisfies(seat -> assertThat(seat)
                .containsEntry("eventId", event.toString()).containsEntry("round", 1).containsEntry("table", 1));
    }

    private static Instant soon() {
        return Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);
    }

    /** Confirmed attendees sharing an interest, checked in or not. */
    private List<AccountId> attendees(EventId event, int count, boolean checkedIn) {
        var people = TestPeople.create(sql, count, "Attendee");
        for (var person : people) {
            profiles.update(person, new ProfileInput(null, "", "", "", "", null, List.of("Solar"), List.of(),
                    List.of(), List.of(), Map.of()));
            var registration = registrations.register(person, event);
            if (checkedIn) {
                registrations.checkIn(organizer, event, registration.checkInCode());
            }
        }
        return people;
    }
}
