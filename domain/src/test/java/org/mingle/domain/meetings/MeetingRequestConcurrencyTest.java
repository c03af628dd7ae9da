package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.MEETING_REQUESTS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventRules;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

/**
 * Meeting-request rules under real parallel transactions: double clicks, people asking each other at once, the limit,
 * and accepting at once, where nobody may take the same place or be booked twice.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingRequestConcurrencyTest implements MicronautPostgres {

    @Inject
    MeetingRequestService meetings;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingScheduleService schedule;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @RepeatedTest(5)
    void twoPeopleAskingEachOtherAtOnceEndWithOneRequest() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        var pair = attendees(event, 2);

        var outcomes = Parallel.run(List.of(
                () -> meetings.request(pair.get(0), event, pair.get(1), null),
                () -> meetings.request(pair.get(1), event, pair.get(0), null)));

        assertThat(outcomes).filteredOn(MeetingRequest.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(openRequests(event)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void aDoubleClickSendsOneRequest() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        var pair = attendees(event, 2);
        var clicks = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 6; i++) {
            clicks.add(() -> meetings.request(pair.get(0), event, pair.get(1), "Hi"));
        }

        var outcomes = Parallel.run(clicks);

        assertThat(outcomes).filteredOn(MeetingRequest.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(5);
        assertThat(openRequests(event)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void fiftyParallelRequestsFromOneSenderRespectTheDefaultAllowanceOfTen() throws Exception {
        var event = TestEvents.published(events, organizer, EventRules.DEFAULT_MAX_PENDING_REQUESTS, false);
        var people = attendees(event, 51);
        var sender = people.get(0);
        var requests = new ArrayList<Callable<Object>>();
        for (var addressee : people.subList(1, 51)) {
            requests.add(() -> meetings.request(sender, event, addressee, null));
        }

        var outcomes = Parallel.run(requests);

        assertThat(outcomes).filteredOn(MeetingRequest.class::isInstance).hasSize(10);
        assertThat(outcomes).filteredOn(RequestAllowanceException.class::isInstance).hasSize(40);
        assertThat(openRequests(event)).isEqualTo(10);
    }

    @RepeatedTest(3)
    void sixPairsAcceptingAtOnceFillTheTwoPlacesAndTheRestWait() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = events.get(java.util.Optional.of(organizer), event).details().startsAt();
        schedule.addSession(organizer, event, new SessionInput("One slot", start, start.plusSeconds(900), 15));
        schedule.addTable(organizer, event, new TableInput("Table for four", 4));
        var people = attendees(event, 12);
        var accepts = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 12; i += 2) {
            var request = meetings.request(people.get(i), event, people.get(i + 1), null);
            var addressee = people.get(i + 1);
            accepts.add(() -> meetings.accept(addressee, event, request.id()));
        }

        var outcomes = Parallel.run(accepts);

        assertThat(outcomes).allMatch(MeetingRequest.class::isInstance);
        var agenda = schedule.agenda(organizer, event);
        assertThat(agenda.booked()).hasSize(2);
        assertThat(agenda.waiting()).hasSize(4);
    }

    @RepeatedTest(3)
    void onePersonAcceptingFiveRequestsAtOnceGetsFiveDifferentSlots() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = events.get(java.util.Optional.of(organizer), event).details().startsAt();
        schedule.addSession(organizer, event, new SessionInput("Five slots", start, start.plusSeconds(5 * 600), 10));
        schedule.addTable(organizer, event, new TableInput("Long table", 20));
        var people = attendees(event, 6);
        var popular = people.get(0);
        var accepts = new ArrayList<Callable<Object>>();
        for (var asker : people.subList(1, 6)) {
            var request = meetings.request(asker, event, popular, null);
            accepts.add(() -> meetings.accept(popular, event, request.id()));
        }

        var outcomes = Parallel.run(accepts);

        assertThat(outcomes).allMatch(MeetingRequest.class::isInstance);
        assertThat(schedule.mine(popular, event)).hasSize(5)
                .extracting(meeting -> meeting.slot().startsAt()).doesNotHaveDuplicates();
    }

    private int openRequests(EventId event) {
        return sql.fetchCount(MEETING_REQUESTS, MEETING_REQUESTS.EVENT_ID.eq(event)
                .and(MEETING_REQUESTS.STATUS.in(MeetingRequestStatus.PENDING, MeetingRequestStatus.ACCEPTED)));
    }

    private List<AccountId> attendees(EventId event, int count) {
        var people = TestPeople.create(sql, count, "Racer");
        people.forEach(person -> registrations.register(person, event));
        return people;
    }
}
