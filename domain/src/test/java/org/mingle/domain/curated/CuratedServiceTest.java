package org.mingle.domain.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.NetworkingSession;
import org.mingle.domain.meetings.ScheduledMeeting;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CuratedServiceTest implements MicronautPostgres {

    @Inject
    CuratedService curated;
    @Inject
    MeetingScheduleService schedule;
    @Inject
    MeetingRequestService meetings;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    PersonalDataService personalData;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    DSLContext sql;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void marksArePrivateToTheirAuthorLimitedAndOnlyAboutConfirmedAttendees() {
        var event = TestEvents.published(events, organizer, 10, false);
        var people = attendees(event, 13);
        var ana = people.get(0);
        var ben = people.get(1);
        var outsider = TestPeople.create(sql, 1, "Outsider").get(0);

        curated.mark(ana, event, ben, MarkKind.MUST_MEET);
        assertThat(curated.markOn(ana, event, ben)).contains(MarkKind.MUST_MEET);
        assertThat(curated.markOn(ben, event, ana)).isEmpty();
        curated.mark(ana, event, ben, MarkKind.NO_THANKS);
        assertThat(curated.marks(ana, event)).singleElement().satisfies(mark -> {
            assertThat(mark.person()).isEqualTo(ben);
            assertThat(mark.kind()).isEqualTo(MarkKind.NO_THANKS);
        });
        assertThat(curated.marks(ben, event)).as("the other person never sees a mark").isEmpty();
        curated.unmark(ana, event, ben);
        curated.unmark(ana, event, ben);
        assertThat(curated.marks(ana, event)).isEmpty();

        assertThatThrownBy(() -> curated.mark(ana, event, ana, MarkKind.MUST_MEET))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> curated.mark(ana, event, outsider, MarkKind.MUST_MEET))
                .isInstanceOf(AttendeeNotFoundException.class);
        assertThatThrownBy(() -> curated.mark(outsider, event, ana, MarkKind.MUST_MEET))
                .isInstanceOf(AccessDeniedException.class);

        for (int i = 1; i <= MarkKind.MUST_MEET.limit(); i++) {
            curated.mark(ana, event, people.get(i), MarkKind.MUST_MEET);
        }
        assertThat(catchThrowableOfType(() -> curated.mark(ana, event, people.get(11), MarkKind.MUST_MEET),
                RuleViolationException.class)).hasMessageContaining("at most 10");
        // Marking the same person again stays within the limit; a "no thanks" counts against its own limit.
        curated.mark(ana, event, people.get(10), MarkKind.MUST_MEET);
        curated.mark(ana, event, people.get(11), MarkKind.NO_THANKS);
    }

    @Test
    void organizersSetTheMinimumAndMaximumWithinBounds() {
        var event = TestEvents.published(events, organizer, 10, false);
        assertThat(curated.settings(organizer, event)).isEqualTo(CuratedSettings.DEFAULT);
        curated.updateSettings(organizer, event, 2, 4);
        assertThat(curated.settings(organizer, event)).isEqualTo(new CuratedSettings(2, 4));

        var refused = catchThrowableOfType(() -> CuratedSettings.of(5, 3), InvalidInputException.class);
        assertThat(refused.errors()).extracting(e -> e.field()).containsExactly("minimumMeetings");
        refused = catchThrowableOfType(() -> CuratedSettings.of(null, 0), InvalidInputException.class);
        assertThat(refused.errors()).extracting(e -> e.field()).containsExactly("minimumMeetings", "maximumMeetings");
        var attendee = attendees(event, 1).get(0);
        assertThatThrownBy(() -> curated.updateSettings(attendee, event, 1, 2))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void generatingHonoursMustMeetsKeepsNoThanksPairsApartAndPublishingBooksWithReasons() {
        var event = TestEvents.published(events, organizer, 10, false);
        var start = startOf(event);
        schedule.addSession(organizer, event, new SessionInput("Curated", start, start.plusSeconds(3 * 1200), 20));
        schedule.addTable(organizer, event, new TableInput("Lounge", 4));
        var people = attendees(event, 4);
        var ana = people.get(0);
        var ben = people.get(1);
        var cy = people.get(2);
        var dee = people.get(3);
        curated.updateSettings(organizer, event, 1, 3);
        curated.mark(ana, event, ben, MarkKind.MUST_MEET);
        curated.mark(ben, event, ana, MarkKind.MUST_MEET);
        curated.mark(cy, event, ana, MarkKind.MUST_MEET);
        curated.mark(cy, event, dee, MarkKind.NO_THANKS);

        assertThat(curated.draft(organizer, event)).isEmpty();
        assertThatThrownBy(() -> curated.publish(organizer, event)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> curated.generate(ana, event)).isInstanceOf(AccessDeniedException.class);

        var draft = curated.generate(organizer, event);
        assertThat(draft.participants()).isEqualTo(4);
        assertThat(draft.published()).isFalse();
        assertThat(draft.shortfalls()).isEmpty();
        assertThat(draft.meetings()).extracting(m -> m.meeting().reason())
                .contains(CuratedMeeting.Reason.BOTH_ASKED, CuratedMeeting.Reason.ONE_ASKED);
        assertThat(draft.meetings()).noneMatch(m -> m.meeting().involves(cy) && m.meeting().involves(dee));
        assertThat(draft.totals().wishes()).isEqualTo(3);
        assertThat(curated.draft(organizer, event)).contains(draft);

        var publication = curated.publish(organizer, event);
        assertThat(publication.booked()).isEqualTo(draft.meetings().size());
        assertThat(publication.skipped()).isZero();
        assertThat(curated.draft(organizer, event).orElseThrow().publication()).isEqualTo(publication);
        assertThatThrownBy(() -> curated.publish(organizer, event)).isInstanceOf(ConflictException.class);

        var anaWithBen = meetingWith(ana, event, ben);
        var planned = draft.meetings().stream().filter(m -> m.meeting().involves(ana) && m.meeting().involves(ben))
                .findFirst().orElseThrow();
        assertThat(anaWithBen.slot()).isEqualTo(planned.meeting().placement().slot());
        assertThat(anaWithBen.table().name()).isEqualTo("Lounge");
        assertThat(curated.reasons(ana, event).get(anaWithBen.id()).explanation()).isEqualTo("You both asked to meet");
        var cyWithAna = meetingWith(cy, event, ana);
        assertThat(curated.reasons(ana, event).get(cyWithAna.id()).explanation()).isEqualTo("Attendee 2 asked to meet"
                + " you");
        assertThat(curated.reasons(cy, event).get(cyWithAna.id()).explanation()).isEqualTo("You asked to meet"
                + " Attendee 0");
    }

    @Test
    void publishingSkipsAMeetingWhoseSlotWasBookedSinceAndReportsIt() {
        var event = TestEvents.published(events, organizer, 10, false);
        var session = oneSlotOneTable(event);
        var people = attendees(event, 4);
        curated.mark(people.get(0), event, people.get(1), MarkKind.MUST_MEET);
        var draft = curated.generate(organizer, event);
        assertThat(draft.meetings()).singleElement()
                .satisfies(m -> assertThat(m.meeting().placement().slot()).isEqualTo(session.slots().get(0)));

        match(event, people.get(2), people.get(3));

        var publication = curated.publish(organizer, event);
        assertThat(publication.booked()).isZero();
        assertThat(publication.skipped()).isEqualTo(1);
        assertThat(meetingWith(people.get(2), event, people.get(3)).slot()).isEqualTo(session.slots().get(0));
    }

    @Test
    void aBookingWaitingForThePublishingTransactionFindsTheSlotTakenAndWaits() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        oneSlotOneTable(event);
        var people = attendees(event, 4);
        curated.mark(people.get(0), event, people.get(1), MarkKind.MUST_MEET);
        curated.generate(organizer, event);
        var request = meetings.request(people.get(2), event, people.get(3), null);

        var published = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var publishing = CompletableFuture.supplyAsync(() -> transactions.executeWrite(status -> {
            var publication = curated.publish(organizer, event);
            published.countDown();
            await(release);
            return publication;
        }));
        assertThat(published.await(20, TimeUnit.SECONDS)).isTrue();
        var accepting = CompletableFuture.supplyAsync(() -> meetings.accept(people.get(3), event, request.id()));
        awaitSomeoneWaitingForALock();
        assertThat(accepting).as("accepting waits for the event's lock").isNotDone();
        release.countDown();
        assertThat(publishing.get(20, TimeUnit.SECONDS).booked()).isEqualTo(1);
        accepting.get(20, TimeUnit.SECONDS);

        assertThat(meetingWith(people.get(0), event, people.get(1)).slot()).isNotNull();
        assertThat(meetingWith(people.get(2), event, people.get(3)).slot()).as("no place left: it waits").isNull();
        assertThat(schedule.agenda(organizer, event).booked()).hasSize(1);
    }

    @Test
    void aPublicationWaitingForABookingTransactionSkipsTheTakenSlot() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        oneSlotOneTable(event);
        var people = attendees(event, 4);
        curated.mark(people.get(0), event, people.get(1), MarkKind.MUST_MEET);
        curated.generate(organizer, event);
        var request = meetings.request(people.get(2), event, people.get(3), null);

        var accepted = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var accepting = CompletableFuture.runAsync(() -> transactions.executeWrite(status -> {
            meetings.accept(people.get(3), event, request.id());
            accepted.countDown();
            await(release);
            return null;
        }));
        assertThat(accepted.await(20, TimeUnit.SECONDS)).isTrue();
        var publishing = CompletableFuture.supplyAsync(() -> curated.publish(organizer, event));
        awaitSomeoneWaitingForALock();
        assertThat(publishing).as("publishing waits for the event's lock").isNotDone();
        release.countDown();
        accepting.get(20, TimeUnit.SECONDS);
        var publication = publishing.get(20, TimeUnit.SECONDS);

        assertThat(publication.booked()).isZero();
        assertThat(publication.skipped()).isEqualTo(1);
        assertThat(schedule.agenda(organizer, event).booked()).singleElement()
                .satisfies(b -> assertThat(b.meeting()).isEqualTo(request.id()));
    }

    @Test
    void generatingNeedsSlotsTablesAndPeople() {
        var event = TestEvents.published(events, organizer, 10, false);
        attendees(event, 2);
        assertThat(catchThrowableOfType(() -> curated.generate(organizer, event), RuleViolationException.class))
                .hasMessageContaining("session");
        var start = startOf(event);
        schedule.addSession(organizer, event, new SessionInput("Curated", start, start.plusSeconds(1200), 20));
        assertThat(catchThrowableOfType(() -> curated.generate(organizer, event), RuleViolationException.class))
                .hasMessageContaining("table");
    }

    @Test
    void slotsAlreadyStartedAreLeftOut() {
        var now = Instant.parse("2026-12-05T10:05:00Z");
        var session = new NetworkingSession(org.mingle.domain.meetings.NetworkingSessionId.newId(), EventId.newId(),
                "Morning", Instant.parse("2026-12-05T10:00:00Z"), Instant.parse("2026-12-05T11:00:00Z"), 20);
        var over = new NetworkingSession(org.mingle.domain.meetings.NetworkingSessionId.newId(), session.eventId(),
                "Early", Instant.parse("2026-12-05T08:00:00Z"), Instant.parse("2026-12-05T09:00:00Z"), 20);
        var left = CuratedService.stillToCome(List.of(over, session), now);
        assertThat(left).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(session.id());
            assertThat(s.slots()).containsExactlyElementsOf(session.slots().subList(1, 3));
        });
    }

    @Test
    void theExportHoldsOnesOwnMarksAndErasureRemovesMarksByAndAboutThePerson() {
        var event = TestEvents.published(events, organizer, 10, false);
        var people = attendees(event, 3);
        curated.mark(people.get(0), event, people.get(1), MarkKind.NO_THANKS);
        curated.mark(people.get(1), event, people.get(2), MarkKind.MUST_MEET);
        curated.mark(people.get(2), event, people.get(0), MarkKind.MUST_MEET);

        @SuppressWarnings("unchecked")
        var export = (List<Map<String, Object>>) personalData.export(people.get(0)).get("meetingMarks");
        assertThat(export).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("accountId", people.get(1).toString()).containsEntry("mark", "NO_THANKS");
        });

        personalData.eraseAll(people.get(0));
        assertThat(curated.marks(people.get(0), event)).isEmpty();
        assertThat(curated.marks(people.get(2), event)).as("marks about the erased person go too").isEmpty();
        assertThat(curated.marks(people.get(1), event)).hasSize(1);
    }

    private NetworkingSession oneSlotOneTable(EventId event) {
        var start = startOf(event);
        var session = schedule.addSession(organizer, event, new SessionInput("One slot", start,
                start.plus(Duration.ofMinutes(20)), 20));
        schedule.addTable(organizer, event, new TableInput("Only table", 2));
        return session;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    /**
     * Waits until another transaction of this test's database waits for a lock: the racing call has reached the
     * point where it must wait for the transaction held open (a fixed pause would pass vacuously on a slow machine).
     */
    private void awaitSomeoneWaitingForALock() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (sql.fetchCount(DSL.table("pg_stat_activity"), DSL.field("datname").eq(DSL.field("current_database()"))
                .and(DSL.field("wait_event_type").eq("Lock"))) == 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError("nobody came to wait for the lock");
            }
            Thread.sleep(20);
        }
    }
}
