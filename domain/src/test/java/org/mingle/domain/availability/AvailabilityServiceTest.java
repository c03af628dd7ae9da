package org.mingle.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.AVAILABILITY;
import static org.mingle.db.jooq.Tables.EVENTS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.MeetingAgenda;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AvailabilityServiceTest implements MicronautPostgres {

    @Inject
    AvailabilityService availability;
    @Inject
    MeetingRequestService meetings;
    @Inject
    MeetingScheduleService schedule;
    @Inject
    BlockService blocks;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    ProfileService profiles;
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
    void peopleFreeNowComeBestMatchFirstWithReasonsAndNeverTheViewer() {
        var event = upcomingEvent();
        var ana = attendee(event, "Ana", List.of("Batteries", "Grid storage"));
        var ben = attendee(event, "Ben", List.of("Batteries", "Grid storage"));
        var cem = attendee(event, "Cem", List.of("Batteries"));
        var dua = attendee(event, "Dua", List.of("Knitting"));
        var eve = attendee(event, "Eve", List.of("Batteries", "Grid storage"));
        begin(event);
        var soon = Instant.now().plus(Duration.ofMinutes(30));
        for (var person : List.of(ana, ben, cem, dua)) {
            availability.markFree(person, event, soon);
        }

        var free = availability.freeNow(ana, event, 20);

        assertThat(free).extracting(f -> f.person().accountId()).as("Eve did not say she is free; Ana is the viewer")
                .containsExactly(ben, cem, dua);
        assertThat(free.get(0).person().reasons()).extracting(Reason::kind).contains(Reason.Kind.SHARED_INTEREST);
        assertThat(free.get(0).freeUntil()).isEqualTo(soon.truncatedTo(ChronoUnit.MICROS));
        assertThat(free.get(0).person().displayName()).isEqualTo("Ben");
        assertThat(availability.freeNow(ana, event, 1)).extracting(f -> f.person().accountId()).containsExactly(ben);
        assertThat(availability.freeNow(eve, event, 20)).extracting(f -> f.person().accountId())
                .as("Ana and Ben share as much with Eve: either may come first").hasSize(4)
                .startsWith(ana.value().compareTo(ben.value()) < 0 ? ana : ben).endsWith(cem, dua);
        assertThat(availability.freeUntil(ana, event)).contains(soon.truncatedTo(ChronoUnit.MICROS));
        assertThat(availability.freeUntil(eve, event)).isEmpty();
    }

    @Test
    void blockedPeopleAndThoseWhoseTimeRanOutOrWhoStoppedAreNotFree() {
        var event = upcomingEvent();
        var ana = attendee(event, "Ana", List.of("Batteries"));
        var ben = attendee(event, "Ben", List.of("Batteries"));
        var cem = attendee(event, "Cem", List.of("Batteries"));
        var dua = attendee(event, "Dua", List.of("Batteries"));
        begin(event);
        var soon = Instant.now().plus(Duration.ofMinutes(30));
        for (var person : List.of(ben, cem, dua)) {
            availability.markFree(person, event, soon);
        }
        assertThat(availability.freeNow(ana, event, 20)).hasSize(3);

        blocks.block(cem, ana);
        availability.clear(dua, event);
        availability.clear(dua, event); // saying it twice is no error
        sql.update(AVAILABILITY).set(AVAILABILITY.FREE_UNTIL, Instant.now().minusSeconds(1))
                .where(AVAILABILITY.ACCOUNT_ID.eq(ben)).execute();

        assertThat(availability.freeNow(ana, event, 20)).isEmpty();
        assertThat(availability.freeNow(dua, event, 20)).as("Cem blocked only Ana").extracting(f -> f.person()
                .accountId()).containsExactly(cem);
        assertThat(availability.freeUntil(ben, event)).as("a time that ran out").isEmpty();

        availability.markFree(ana, event, soon);
        assertThat(sql.fetchCount(AVAILABILITY, AVAILABILITY.ACCOUNT_ID.eq(ben))).as("passed times are forgotten")
                .isZero();
    }

    @Test
    void someoneInAMeetingNowIsNotFreeAndAMeetingAgreedForNowTakesATableInTheSlotUnderWay() {
        var event = upcomingEvent();
        var ana = attendee(event, "Ana", List.of("Batteries"));
        var ben = attendee(event, "Ben", List.of("Batteries"));
        var cem = attendee(event, "Cem", List.of("Batteries"));
        var dua = attendee(event, "Dua", List.of("Batteries"));
        begin(event);
        var start = events.get(Optional.of(organizer), event).details().startsAt();
        schedule.addSession(organizer, event, new SessionInput("Meetings", start, start.plus(Duration.ofHours(2)),
                15));
        schedule.addTable(organizer, event, new TableInput("Window table", 2));
        var until = Instant.now().plus(Duration.ofMinutes(40)).truncatedTo(ChronoUnit.MICROS);
        availability.markFree(ben, event, until);
        availability.markFree(cem, event, until);
        availability.markFree(dua, event, until);

        var request = availability.meetNow(ana, event, ben, "At the window?");
        assertThat(request.meetsNow()).isTrue();
        assertThat(request.expiresAt()).as("Ben's free time ends first").isEqualTo(until);
        assertThat(availability.freeNow(ana, event, 20)).as("asked, Ben is still free until he agrees").hasSize(3);

        meetings.accept(ben, event, request.id());

        var mine = schedule.mine(ana, event);
        assertThat(mine).singleElement().satisfies(meeting -> {
            assertThat(meeting.table().name()).isEqualTo("Window table");
            assertThat(meeting.slot().startsAt()).isBeforeOrEqualTo(Instant.now().plus(Duration.ofMinutes(5)));
            assertThat(meeting.slot().endsAt()).isAfter(Instant.now());
        });
        assertThat(availability.freeUntil(ben, event)).as("agreeing to meet now ends the free time").isEmpty();
        assertThat(availability.freeNow(dua, event, 20)).extracting(f -> f.person().accountId())
                .containsExactly(cem);

        // Ben says he is free again, but sits at the table: the list leaves him out, and asking him is refused.
        availability.markFree(ben, event, until);
        assertThat(availability.freeNow(dua, event, 20)).extracting(f -> f.person().accountId())
                .containsExactly(cem);
        assertThatThrownBy(() -> availability.meetNow(dua, event, ben, null))
                .isInstanceOf(ConflictException.class).hasMessage("This person is in a meeting right now.");

        // The one table holds one pair: the next meeting for now meets at the meeting point, and stays there.
        var next = availability.meetNow(dua, event, cem, null);
        meetings.accept(cem, event, next.id());
        assertThat(schedule.mine(dua, event)).singleElement().satisfies(meeting -> {
            assertThat(meeting.match().request().status()).isEqualTo(MeetingRequestStatus.ACCEPTED);
            assertThat(meeting.slot()).isNull();
            assertThat(meeting.table()).isNull();
        });
        assertThat(schedule.placeWaiting(organizer, event)).isEqualTo(new MeetingAgenda.Placed(0, 0));
        assertThat(schedule.mine(dua, event)).singleElement().satisfies(meeting -> assertThat(meeting.slot())
                .as("a meeting for now never moves to a later slot").isNull());
    }

    @Test
    void onlySomeoneFreeNowCanBeAskedToMeetNowAndTheRequestRulesStillHold() {
        var event = upcomingEvent();
        var ana = attendee(event, "Ana", List.of("Batteries"));
        var ben = attendee(event, "Ben", List.of("Batteries"));
        var cem = attendee(event, "Cem", List.of("Batteries"));
        begin(event);

        assertThatThrownBy(() -> availability.meetNow(ana, event, ben, null))
                .isInstanceOf(ConflictException.class).hasMessage("This person is not free now any more.");

        availability.markFree(ben, event, Instant.now().plus(Duration.ofMinutes(30)));
        availability.markFree(cem, event, Instant.now().plus(Duration.ofMinutes(30)));
        blocks.block(cem, ana);
        assertThatThrownBy(() -> availability.meetNow(ana, event, cem, null))
                .isInstanceOf(RuleViolationException.class);
        availability.markFree(ana, event, Instant.now().plus(Duration.ofMinutes(30)));
        assertThatThrownBy(() -> availability.meetNow(ana, event, ana, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("yourself");
        availability.meetNow(ana, event, ben, null);
        assertThatThrownBy(() -> availability.meetNow(ana, event, ben, null))
                .as("one open request per pair").isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyConfirmedAttendeesOfAnEventUnderWayTakePart() {
        var upcoming = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(upcoming, "Ana", List.of("Batteries"));
        assertThatThrownBy(() -> availability.markFree(ana, upcoming, Instant.now().plus(Duration.ofMinutes(30))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("an hour before");

        var event = upcomingEvent();
        var ben = attendee(event, "Ben", List.of("Batteries"));
        begin(event);
        var stranger = TestPeople.create(sql, 1, "Stranger").get(0);
        assertThatThrownBy(() -> availability.markFree(stranger, event, Instant.now().plusSeconds(600)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.freeNow(stranger, event, 20)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.clear(stranger, event)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> availability.freeNow(ben, event, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> availability.markFree(ben, event, Instant.now().plus(Duration.ofHours(5))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void leavingTheEventEndsTheFreeTimeAndThePersonalDataShowsItUntilErased() {
        var event = upcomingEvent();
        var ana = attendee(event, "Ana", List.of("Batteries"));
        var ben = attendee(event, "Ben", List.of("Batteries"));
        begin(event);
        var until = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MICROS);
        availability.markFree(ana, event, until);
        availability.markFree(ben, event, until);

        assertThat(personalData.export(ana).get("availability"))
                .isEqualTo(List.of(Map.of("eventId", event.toString(), "freeUntil", until.toString())));

        registrations.cancel(ben, event);
        assertThat(sql.fetchCount(AVAILABILITY, AVAILABILITY.ACCOUNT_ID.eq(ben))).isZero();

        personalData.eraseAll(ana);
        assertThat(sql.fetchCount(AVAILABILITY, AVAILABILITY.ACCOUNT_ID.eq(ana))).isZero();
    }

    /** A published event still open for registration. */
    private EventId upcomingEvent() {
        return TestEvents.published(events, organizer, 10, false);
    }

    /** The event begins: it began half an hour ago (after its attendees registered) and runs two and a half more. */
    private void begin(EventId event) {
        // Whole minutes, as sessions are set out in them.
        var start = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);
        sql.update(EVENTS).set(EVENTS.STARTS_AT, start).set(EVENTS.ENDS_AT, start.plus(Duration.ofHours(3)))
                .where(EVENTS.ID.eq(event)).execute();
    }

    private AccountId attendee(EventId event, String name, List<String> interests) {
        var person = TestPeople.create(sql, 1, name).get(0);
        profiles.update(person, new ProfileInput(name, "", "", "", "", null, interests, List.of(), List.of(),
                List.of(), Map.of()));
        registrations.register(person, event);
        return person;
    }
}
