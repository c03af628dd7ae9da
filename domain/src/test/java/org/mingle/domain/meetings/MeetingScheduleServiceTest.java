package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.rounds.RoundService;
import org.mingle.domain.rounds.RoundsInput;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingScheduleServiceTest implements MicronautPostgres {

    @Inject
    MeetingScheduleService schedule;
    @Inject
    MeetingRequestService meetings;
    @Inject
    BlockService blocks;
    @Inject
    RoundService rounds;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
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
    void anAcceptedRequestTakesTheEarliestSlotAndBothSeeTheSameTimeAndTable() {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = startOf(event);
        schedule.addSession(organizer, event, new SessionInput(" Morning meetings ", start,
                start.plus(Duration.ofMinutes(45)), 15));
        var lounge = schedule.addTable(organizer, event, new TableInput("Lounge", 2));
        var people = attendees(event, 3);
        var ana = people.get(0);
        var ben = people.get(1);
        var cy = people.get(2);

        match(event, ana, ben);
        match(event, cy, ana);

        var anaWithBen = meetingWith(ana, event, ben);
        assertThat(anaWithBen.slot()).isEqualTo(new Slot(start, start.plus(Duration.ofMinutes(15))));
        assertThat(anaWithBen.table()).isEqualTo(lounge);
        assertThat(meetingWith(ben, event, ana).slot()).isEqualTo(anaWithBen.slot());
        assertThat(meetingWith(ana, event, cy).slot().startsAt())
                .as("Ana cannot be in two meetings at once").isEqualTo(start.plus(Duration.ofMinutes(15)));
        var agenda = schedule.agenda(organizer, event);
        assertThat(agenda.sessions()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("Morning meetings"));
        assertThat(agenda.booked()).hasSize(2).allSatisfy(b -> assertThat(b.table()).isEqualTo(lounge));
        assertThat(agenda.waiting()).isEmpty();
    }

    @Test
    void matchesWaitWhileNoTableHasRoomAndTakeTheSlotsOfANewTable() {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = startOf(event);
        schedule.addSession(organizer, event, new SessionInput("Speed dates", start, start.plusSeconds(600), 10));
        var people = attendees(event, 4);
        match(event, people.get(0), people.get(1));
        match(event, people.get(2), people.get(3));

        assertThat(meetingWith(people.get(0), event, people.get(1)).slot()).isNull();
        assertThat(schedule.agenda(organizer, event).waiting()).hasSize(2);

        var table = schedule.addTable(organizer, event, new TableInput("Table 1", 3));

        var agenda = schedule.agenda(organizer, event);
        assertThat(agenda.booked()).as("a table of three seats holds one pair").singleElement()
                .satisfies(b -> assertThat(b.table()).isEqualTo(table));
        assertThat(agenda.waiting()).hasSize(1);
        schedule.addTable(organizer, event, new TableInput("Table 2", 2));
        assertThat(schedule.agenda(organizer, event).waiting()).isEmpty();

        schedule.removeTable(organizer, event, table.id());
        assertThat(schedule.agenda(organizer, event).booked()).singleElement()
                .satisfies(b -> assertThat(b.table().name()).isEqualTo("Table 2"));
        assertThat(schedule.placeWaiting(organizer, event)).isEqualTo(new MeetingAgenda.Placed(0, 1));
    }

    @Test
    void eitherPersonProposesAFreeSlotAndTheOtherAcceptsOrDeclines() {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = startOf(event);
        schedule.addSession(organizer, event, new SessionInput("Meetings", start, start.plusSeconds(3 * 1200), 20));
        schedule.addTable(organizer, event, new TableInput("Booth", 2));
        var people = attendees(event, 2);
        var ana = people.get(0);
        var ben = people.get(1);
        var meeting = match(event, ana, ben);

        var free = schedule.freeSlots(ben, event, meeting);
        assertThat(free).extracting(Slot::startsAt)
                .containsExactly(start.plusSeconds(1200), start.plusSeconds(2400));
        var proposed = schedule.propose(ben, event, meeting, free.get(1).startsAt());
        assertThat(proposed.proposal()).isEqualTo(new ScheduledMeeting.Proposal(free.get(1), true));
        assertThat(meetingWith(ana, event, ben).proposal()).isEqualTo(new ScheduledMeeting.Proposal(free.get(1), false));
        assertThatThrownBy(() -> schedule.acceptProposal(ben, event, meeting))
                .isInstanceOf(AccessDeniedException.class);

        var moved = schedule.acceptProposal(ana, event, meeting);

        assertThat(moved.slot()).isEqualTo(free.get(1));
        assertThat(moved.proposal()).isNull();
        assertThat(meetingWith(ben, event, ana).slot()).isEqualTo(free.get(1));
        schedule.propose(ana, event, meeting, start);
        assertThat(schedule.dropProposal(ben, event, meeting).proposal()).isNull();
        assertThat(meetingWith(ana, event, ben).slot()).isEqualTo(free.get(1));
        assertThatThrownBy(() -> schedule.dropProposal(ben, event, meeting)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> schedule.propose(ana, event, meeting, free.get(1).startsAt()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> schedule.propose(ana, event, meeting, start.plusSeconds(60)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a free slot");
    }

    @Test
    void aProposalAcceptedAfterItsSlotFilledUpIsRefused() {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = startOf(event);
        schedule.addSession(organizer, event, new SessionInput("Meetings", start, start.plusSeconds(1200), 10));
        schedule.addTable(organizer, event, new TableInput("Booth", 2));
        var people = attendees(event, 4);
        var first = match(event, people.get(0), people.get(1));
        schedule.propose(people.get(0), event, first, start.plusSeconds(600));

        match(event, people.get(2), people.get(3));

        assertThat(meetingWith(people.get(2), event, people.get(3)).slot().startsAt()).isEqualTo(start.plusSeconds(600));
        assertThatThrownBy(() -> schedule.acceptProposal(people.get(1), event, first))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no longer free");
        assertThat(meetingWith(people.get(1), event, people.get(0)).slot().startsAt()).isEqualTo(start);
    }

    @Test
    void meetingsAvoidTheRoundsPeopleSitIn() {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = startOf(event);
        var people = attendees(event, 2);
        rounds.generate(organizer, event, new RoundsInput(1, 10, start, 0, true, null));
        schedule.addSession(organizer, event, new SessionInput("Meetings", start, start.plusSeconds(1200), 10));
        schedule.addTable(organizer, event, new TableInput("Booth", 2));

        match(event, people.get(0), people.get(1));

        assertThat(meetingWith(people.get(0), event, people.get(1)).slot().startsAt()).isEqualTo(start.plusSeconds(600));
    }

    @Test
    void sessionsAndTablesAreValidatedAndOnlyOrganizersChangeThem() {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = startOf(event);
        var attendee = attendees(event, 1).get(0);
        var staff = TestAccounts.signUp(accounts, "Stan Staff");
        events.addToTeam(organizer, event, staff.email().value(), EventRole.CHECKIN_STAFF, "127.0.0.1");
        schedule.addSession(organizer, event, new SessionInput("Morning", start, start.plusSeconds(3600), 15));
        schedule.addTable(organizer, event, new TableInput("Lounge", 4));

        var session = catchThrowableOfType(() -> schedule.addSession(organizer, event,
                new SessionInput(" ", start.plusSeconds(1800), start.minusSeconds(60), 3)), InvalidInputException.class);
        assertThat(session.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "endsAt", "slotMinutes");
        assertThatThrownBy(() -> schedule.addSession(organizer, event, new SessionInput("Overlap",
                start.plusSeconds(1800), start.plusSeconds(5400), 15)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("overlaps the session");
        assertThatThrownBy(() -> schedule.addSession(organizer, event, new SessionInput("Early",
                start.minusSeconds(3600), start, 15)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("within the event");
        var table = catchThrowableOfType(() -> schedule.addTable(organizer, event, new TableInput("lounge", 1)),
                InvalidInputException.class);
        assertThat(table.errors()).containsExactlyInAnyOrder(new FieldError("name", "another table is called this"),
                new FieldError("seats", "must be between 2 and 200"));
        assertThatThrownBy(() -> schedule.addTable(attendee, event, new TableInput("Mine", 2)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedule.addSession(staff.id(), event, new SessionInput("Staff", start, start
                .plusSeconds(600), 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(schedule.agenda(staff.id(), event).tables()).extracting(MeetingTable::name).containsExactly("Lounge");
        assertThatThrownBy(() -> schedule.agenda(attendee, event)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedule.removeSession(organizer, event, NetworkingSessionId.newId()))
                .isInstanceOf(NetworkingSessionNotFoundException.class);
    }

    @Test
    void aThirdPersonNeitherSeesNorMovesSomeoneElsesMeeting() {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = startOf(event);
        schedule.addSession(organizer, event, new SessionInput("Meetings", start, start.plusSeconds(1800), 15));
        schedule.addTable(organizer, event, new TableInput("Booth", 2));
        var people = attendees(event, 3);
        var meeting = match(event, people.get(0), people.get(1));

        assertThat(schedule.mine(people.get(2), event)).isEmpty();
        assertThatThrownBy(() -> schedule.freeSlots(people.get(2), event, meeting))
                .isInstanceOf(MeetingRequestNotFoundException.class);
        assertThatThrownBy(() -> schedule.propose(people.get(2), event, meeting, start.plusSeconds(900)))
                .isInstanceOf(MeetingRequestNotFoundException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void blockingOrErasureFreesTheSlotAndTheExportShowsTheTime() {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = startOf(event);
        schedule.addSession(organizer, event, new SessionInput("Meetings", start, start.plusSeconds(1800), 15));
        schedule.addTable(organizer, event, new TableInput("Booth", 2));
        var people = attendees(event, 4);
        match(event, people.get(0), people.get(1));
        match(event, people.get(2), people.get(3));

        var export = (List<Map<String, Object>>) personalData.export(people.get(0)).get("meetingRequests");
        assertThat(export).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("meetingStartsAt", start.toString()).containsEntry("meetingTable", "Booth"));

        blocks.block(people.get(1), people.get(0));
        assertThat(meetingWith(people.get(0), event, people.get(1)).slot()).isNull();
        personalData.eraseAll(people.get(3));
        assertThat(schedule.agenda(organizer, event).booked()).isEmpty();
    }

    @Test
    void anAttendeeWhoCancelsGivesTheirSlotToAWaitingMatch() {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = startOf(event);
        schedule.addSession(organizer, event, new SessionInput("One slot", start, start.plusSeconds(600), 10));
        schedule.addTable(organizer, event, new TableInput("Booth", 2));
        var people = attendees(event, 4);
        match(event, people.get(0), people.get(1));
        match(event, people.get(2), people.get(3));
        assertThat(meetingWith(people.get(2), event, people.get(3)).slot()).isNull();

        registrations.cancel(people.get(1), event);

        assertThat(meetingWith(people.get(2), event, people.get(3)).slot().startsAt()).isEqualTo(start);
        var agenda = schedule.agenda(organizer, event);
        assertThat(agenda.booked()).singleElement()
                .satisfies(booked -> assertThat(booked.firstName()).isEqualTo(namesOf(people.get(2))));
        assertThat(agenda.waiting()).hasSize(1);
    }

    private String namesOf(AccountId person) {
        return accounts.findActive(person).orElseThrow().displayName();
    }

    private MeetingRequestId match(EventId event, AccountId from, AccountId to) {
        var request = meetings.request(from, event, to, null);
        meetings.accept(to, event, request.id());
        return request.id();
    }

    private ScheduledMeeting meetingWith(AccountId viewer, EventId event, AccountId other) {
        return schedule.mine(viewer, event).stream()
                .filter(meeting -> meeting.match().other().accountId().equals(other))
                .findFirst().orElseThrow();
    }

    private Instant startOf(EventId event) {
        return events.get(Optional.of(organizer), event).details().startsAt();
    }

    private List<AccountId> attendees(EventId event, int count) {
        var people = TestPeople.create(sql, count, "Attendee");
        people.forEach(person -> registrations.register(person, event));
        return people;
    }
}
