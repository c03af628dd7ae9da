package org.mingle.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.MEETING_BOOKINGS;
import static org.mingle.db.jooq.Tables.MEETING_BOOKING_PEOPLE;
import static org.mingle.db.jooq.Tables.NOTIFICATIONS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.reports.HeldMeetingFigures;
import org.mingle.domain.reports.ReportService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.testsupport.MicronautPostgres;

/** Held meetings and no-shows against PostgreSQL: answers, scans, the sweep that asks, and the report's counts. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeldMeetingServiceTest implements MicronautPostgres {

    @Inject
    HeldMeetingService held;
    @Inject
    MeetingScheduleService schedule;
    @Inject
    MeetingRequestService meetings;
    @Inject
    ConnectionService connections;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    PersonalDataService personalData;
    @Inject
    ReportService reports;
    @Inject
    DSLContext sql;

    private AccountId organizer;
    /** Keeps the moved slots of one test apart at their table: each starts a few milliseconds from the others. */
    private final AtomicInteger apart = new AtomicInteger();

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void bothSayingWeMetMakeItHeldAndTheSameAnswerAgainChangesNothing() {
        var event = eventWithRoom();
        var people = attendees(event, 2);
        var ana = people.get(0);
        var ben = people.get(1);
        var meeting = match(event, ana, ben);
        beganAgo(meeting, Duration.ofMinutes(3));

        var afterAna = held.answer(ana, event, meeting, true);
        assertThat(afterAna.held()).isEqualTo(new ScheduledMeeting.Held(HeldState.SCHEDULED, true));
        assertThat(afterAna.held().waitingForOther()).isTrue();
        assertThat(meetingOf(ben, event, meeting).held())
                .isEqualTo(new ScheduledMeeting.Held(HeldState.SCHEDULED, null));

        var bothMet = new ScheduledMeeting.Held(HeldState.HELD, true);
        assertThat(held.answer(ben, event, meeting, true).held()).isEqualTo(bothMet);
        assertThat(held.answer(ana, event, meeting, true).held()).as("the same answer again").isEqualTo(bothMet);
        assertThatThrownBy(() -> held.answer(ana, event, meeting, false)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already answered");
    }

    @Test
    void answersBeforeTheSlotOrWithoutOneAreRefusedAndOnlyTheTwoMayAnswer() {
        var event = TestEvents.published(events, organizer, 10, false);
        var people = attendees(event, 3);
        var waiting = match(event, people.get(0), people.get(1));
        assertThatThrownBy(() -> held.answer(people.get(0), event, waiting, true))
                .as("no session: the meeting has no time").isInstanceOf(ConflictException.class)
                .hasMessageContaining("no time yet");

        var withRoom = eventWithRoom();
        var others = attendees(withRoom, 3);
        var later = match(withRoom, others.get(0), others.get(1));
        assertThatThrownBy(() -> held.answer(others.get(0), withRoom, later, true))
                .isInstanceOf(ConflictException.class).hasMessageContaining("once the meeting has begun");
        assertThatThrownBy(() -> held.answer(others.get(2), withRoom, later, true))
                .isInstanceOf(MeetingRequestNotFoundException.class);
        assertThatThrownBy(() -> held.answer(others.get(0), event, later, true))
                .as("another event's meeting").isInstanceOf(MeetingRequestNotFoundException.class);
    }

    @Test
    void aNoShowFreesTheReporterOfTheSlotAndAHeldMeetingCannotBecomeOne() {
        var event = eventWithRoom();
        var people = attendees(event, 4);
        var ana = people.get(0);
        var ben = people.get(1);
        var meeting = match(event, ana, ben);
        beganAgo(meeting, Duration.ofMinutes(11));
        assertThat(held.inMeetingNow(event)).contains(ana, ben);

        var answered = held.answer(ana, event, meeting, false);

        assertThat(answered.held()).isEqualTo(new ScheduledMeeting.Held(HeldState.NO_SHOW, false));
        assertThat(held.inMeetingNow(event)).as("Ana's place in the slot is free again").doesNotContain(ana)
                .contains(ben);
        assertThat(sql.fetchCount(MEETING_BOOKING_PEOPLE, MEETING_BOOKING_PEOPLE.REQUEST_ID.eq(meeting))).isOne();
        assertThat(meetingOf(ben, event, meeting).held().state()).isEqualTo(HeldState.NO_SHOW);
        assertThat(meetingOf(ana, event, meeting).slot()).as("Ana still sees the meeting").isNotNull();

        var cyDan = match(event, people.get(2), people.get(3));
        beganAgo(cyDan, Duration.ofMinutes(2));
        held.answer(people.get(2), event, cyDan, true);
        held.answer(people.get(3), event, cyDan, true);
        assertThatThrownBy(() -> held.answer(people.get(3), event, cyDan, false)).isInstanceOf(ConflictException.class);

        @SuppressWarnings("unchecked")
        var exported = (List<Map<String, Object>>) personalData.export(ana).get("meetingRequests");
        assertThat(exported).anySatisfy(item -> assertThat(item).containsEntry("id", meeting.toString())
                .containsEntry("meetingState", "NO_SHOW").containsEntry("meetingAnswer", "THEY_DID_NOT_SHOW")
                .containsKey("meetingAnsweredAt"));
        personalData.eraseAll(ana);
        assertThat(sql.fetchCount(MEETING_BOOKINGS, MEETING_BOOKINGS.REQUEST_ID.eq(meeting)))
                .as("erasure removes the booking, and the answers with it, though Ana's place was freed").isZero();
    }

    @Test
    void scanningTheOthersCodeDuringTheSlotMakesTheMeetingHeldEvenAfterANoShow() {
        var event = eventWithRoom();
        var people = attendees(event, 4);
        var ana = people.get(0);
        var ben = people.get(1);
        var meeting = match(event, ana, ben);
        beganAgo(meeting, Duration.ofMinutes(4));
        held.answer(ana, event, meeting, false);

        connections.recordByCode(ben, event, connections.myCode(ana).value());

        assertThat(meetingOf(ana, event, meeting).held().state()).isEqualTo(HeldState.HELD);

        var later = match(event, people.get(2), people.get(3));
        connections.recordByCode(people.get(2), event, connections.myCode(people.get(3)).value());
        assertThat(meetingOf(people.get(2), event, later).held().state())
                .as("a scan before the slot is not the meeting").isEqualTo(HeldState.SCHEDULED);
    }

    @Test
    void twoAnswersAtTheSameMomentSeeEachOther() throws Exception {
        var event = eventWithRoom();
        var people = attendees(event, 12);
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < people.size(); i += 2) {
                var a = people.get(i);
                var b = people.get(i + 1);
                var meeting = match(event, a, b);
                beganAgo(meeting, Duration.ofMinutes(5));
                // The negative control: the last pair answers differently, and must not end held.
                boolean bMet = i + 2 < people.size();
                var start = new CountDownLatch(1);
                Future<?> first = pool.submit(() -> {
                    start.await();
                    return held.answer(a, event, meeting, true);
                });
                Future<?> second = pool.submit(() -> {
                    start.await();
                    return held.answer(b, event, meeting, bMet);
                });
                start.countDown();
                first.get();
                second.get();
                assertThat(meetingOf(a, event, meeting).held().state())
                        .isEqualTo(bMet ? HeldState.HELD : HeldState.NO_SHOW);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelSweepsAskEachPersonOnceAndOnlyThoseWhoHaveNotAnswered() throws Exception {
        var event = eventWithRoom();
        var people = attendees(event, 10);
        List<MeetingRequestId> due = new ArrayList<>();
        for (int i = 0; i < 8; i += 2) {
            var meeting = match(event, people.get(i), people.get(i + 1));
            beganAgo(meeting, Duration.ofMinutes(11));
            due.add(meeting);
        }
        held.answer(people.get(0), event, due.get(0), true);
        var notYet = match(event, people.get(8), people.get(9));
        beganAgo(notYet, Duration.ofMinutes(9));

        var pool = Executors.newFixedThreadPool(4);
        try {
            var start = new CountDownLatch(1);
            var sweeps = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                sweeps.add(pool.submit(() -> {
                    start.await();
                    return held.askOverdue(1);
                }));
            }
            start.countDown();
            for (var sweep : sweeps) {
                sweep.get();
            }
        } finally {
            pool.shutdownNow();
        }
        held.askOverdue(500);

        assertThat(checksTo(people.get(0))).as("Ana answered already").isZero();
        for (int i = 1; i < 8; i++) {
            assertThat(checksTo(people.get(i))).as("person " + i + " asked once").isOne();
        }
        assertThat(checksTo(people.get(8))).as("nine minutes in: not yet").isZero();
        assertThat(sql.select(NOTIFICATIONS.LINK).from(NOTIFICATIONS).where(NOTIFICATIONS.ACCOUNT_ID.eq(people.get(1)),
                NOTIFICATIONS.KIND.eq(NotificationKind.MEETING_CHECK)).fetchOne().value1())
                .isEqualTo("/events/" + event + "/my-meetings?tab=matches&meeting=" + due.get(0));

        // The negative control: forgetting that a meeting was asked about makes the next sweep ask again.
        sql.update(MEETING_BOOKINGS).setNull(MEETING_BOOKINGS.CHECK_SENT_AT)
                .where(MEETING_BOOKINGS.REQUEST_ID.eq(due.get(1))).execute();
        held.askOverdue(500);
        assertThat(checksTo(people.get(2))).isEqualTo(2);
        assertThat(checksTo(people.get(4))).isOne();
    }

    @Test
    void theReportCountsHeldMeetingsNoShowsAndTheShareHeldOfThoseEnded() {
        var event = eventWithRoom();
        var people = attendees(event, 8);
        var heldAndEnded = match(event, people.get(0), people.get(1));
        beganAgo(heldAndEnded, Duration.ofMinutes(30));
        var noShow = match(event, people.get(2), people.get(3));
        beganAgo(noShow, Duration.ofMinutes(25));
        var endedUnanswered = match(event, people.get(4), people.get(5));
        beganAgo(endedUnanswered, Duration.ofMinutes(40));
        var running = match(event, people.get(6), people.get(7));
        beganAgo(running, Duration.ofMinutes(5));
        held.answer(people.get(0), event, heldAndEnded, true);
        held.answer(people.get(1), event, heldAndEnded, true);
        held.answer(people.get(2), event, noShow, false);
        held.answer(people.get(6), event, running, true);
        held.answer(people.get(7), event, running, true);

        assertThat(reports.report(organizer, event).heldMeetings())
                .isEqualTo(new HeldMeetingFigures(2, 1, 3, 0.3333));
    }

    private long checksTo(AccountId person) {
        return sql.fetchCount(NOTIFICATIONS, NOTIFICATIONS.ACCOUNT_ID.eq(person)
                .and(NOTIFICATIONS.KIND.eq(NotificationKind.MEETING_CHECK)));
    }

    /** An event with a session of twenty-minute slots and a table for twenty pairs at once. */
    private EventId eventWithRoom() {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = events.get(Optional.of(organizer), event).details().startsAt();
        schedule.addSession(organizer, event, new SessionInput("Meetings", start, start.plus(Duration.ofHours(2)), 20));
        schedule.addTable(organizer, event, new TableInput("Long table", 40));
        return event;
    }

    /**
     * Moves the meeting's slot so that it began {@code ago} before now and lasts twenty minutes, as if that time had
     * come.
     */
    private void beganAgo(MeetingRequestId meeting, Duration ago) {
        Instant start = Instant.now().minus(ago).minusMillis(apart.incrementAndGet()).truncatedTo(ChronoUnit.MILLIS);
        sql.update(MEETING_BOOKINGS).set(MEETING_BOOKINGS.STARTS_AT, start)
                .set(MEETING_BOOKINGS.ENDS_AT, start.plus(Duration.ofMinutes(20)))
                .where(MEETING_BOOKINGS.REQUEST_ID.eq(meeting)).execute();
        sql.update(MEETING_BOOKING_PEOPLE).set(MEETING_BOOKING_PEOPLE.STARTS_AT, start)
                .where(MEETING_BOOKING_PEOPLE.REQUEST_ID.eq(meeting)).execute();
    }

    private MeetingRequestId match(EventId event, AccountId from, AccountId to) {
        var request = meetings.request(from, event, to, null);
        meetings.accept(to, event, request.id());
        return request.id();
    }

    private ScheduledMeeting meetingOf(AccountId viewer, EventId event, MeetingRequestId meeting) {
        return schedule.mine(viewer, event).stream().filter(m -> m.id().equals(meeting)).findFirst().orElseThrow();
    }

    private List<AccountId> attendees(EventId event, int count) {
        var people = TestPeople.create(sql, count, "Attendee");
        people.forEach(person -> registrations.register(person, event));
        return people;
    }
}
