package org.mingle.domain.endorsements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.ENDORSEMENTS;
import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.MEETING_BOOKINGS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionNotFoundException;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndorsementServiceTest implements MicronautPostgres {

    private static final List<String> INTERESTS = List.of("Battery storage", "Grid", "Policy");

    @Inject
    EndorsementService endorsements;
    @Inject
    ConnectionService connections;
    @Inject
    MeetingRequestService meetings;
    @Inject
    MeetingScheduleService schedule;
    @Inject
    BlockService blocks;
    @Inject
    ProfileService profiles;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    NotificationService notifications;
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
    void anEndorsementWaitsForApprovalThenCountsPerTopicAndHidingTakesItAway() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana");
        var ben = attendee(event, "Ben");
        begin(event);
        var connection = connect(event, ana, ben);

        var given = endorsements.endorseConnection(ben, connection, List.of("battery storage", "Grid"),
                " Ran the pilot. ");

        assertThat(given.status()).isEqualTo(EndorsementStatus.PENDING);
        assertThat(given.topics()).containsExactly("Battery storage", "Grid");
        assertThat(given.note()).isEqualTo("Ran the pilot.");
        assertThat(endorsements.approvedTopicsOf(ana)).as("nothing shows before approval").isEmpty();
        assertThat(endorsements.approvedOf(ana)).isEmpty();
        var pending = endorsements.received(ana, EndorsementStatus.PENDING, PageRequest.of(0, 20));
        assertThat(pending.total()).isEqualTo(1);
        assertThat(pending.items()).singleElement().satisfies(e -> {
            assertThat(e.endorserName()).contains("Ben");
            assertThat(e.eventTitle()).contains("Founders meet investors");
        });
        assertThat(notifications.list(ana, true, PageRequest.of(0, 20)).items())
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.ENDORSEMENT_RECEIVED);
                    assertThat(n.title()).isEqualTo("Ben endorsed you");
                    assertThat(n.body()).contains("Battery storage, Grid").contains("Founders meet investors");
                });

        endorsements.approve(ana, given.id());

        assertThat(endorsements.approvedTopicsOf(ana)).containsExactly(new TopicEndorsement("Battery storage", 1, 1),
                new TopicEndorsement("Grid", 1, 1));
        assertThat(endorsements.approvedOf(ana)).singleElement().satisfies(e -> {
            assertThat(e.note()).isEqualTo("Ran the pilot.");
            assertThat(e.decidedAt()).isPresent();
        });
        assertThat(endorsements.received(ana, EndorsementStatus.PENDING, PageRequest.of(0, 20)).total()).isZero();
        assertThat(endorsements.between(ben, ana)).extracting(Endorsement::id).containsExactly(given.id());

        endorsements.hide(ana, given.id());

        assertThat(endorsements.approvedTopicsOf(ana)).isEmpty();
        assertThat(endorsements.approvedOf(ana)).isEmpty();
        assertThat(endorsements.between(ana, ben)).as("hidden from the endorsed person's timeline").isEmpty();
        assertThat(endorsements.between(ben, ana)).as("the endorser still sees what they gave").hasSize(1);
    }

    @Test
    void onlyTheEndorsedPersonApprovesOrHides() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana");
        var ben = attendee(event, "Ben");
        begin(event);
        var given = endorsements.endorseConnection(ben, connect(event, ana, ben), List.of("Grid"), "");

        assertThatThrownBy(() -> endorsements.approve(ben, given.id()))
                .isInstanceOf(EndorsementNotFoundException.class);
        assertThatThrownBy(() -> endorsements.hide(organizer, given.id()))
                .isInstanceOf(EndorsementNotFoundException.class);
        assertThat(endorsements.approvedOf(ana)).isEmpty();
    }

    @Test
    void peopleWhoNeverMetCannotEndorseEachOther() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana");
        var ben = attendee(event, "Ben");
        begin(event);

        assertThatThrownBy(() -> endorsements.endorse(ben, ana, event, List.of("Grid"), ""))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("You can endorse Ana once you have met at Founders meet investors: from the event's start "
                        + "once you connected there, or after a meeting held there.");

        // A connection recorded before the event begins is a plan to meet, not a meeting.
        var upcoming = TestEvents.published(events, organizer, 10, false);
        registrations.register(ana, upcoming);
        registrations.register(ben, upcoming);
        var planned = connect(upcoming, ana, ben);
        assertThatThrownBy(() -> endorsements.endorseConnection(ben, planned, List.of("Grid"), ""))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> endorsements.endorseConnection(organizer, planned, List.of("Grid"), ""))
                .as("someone else's connection").isInstanceOf(ConnectionNotFoundException.class);
        assertThatThrownBy(() -> endorsements.endorse(ben, ben, event, List.of("Grid"), ""))
                .isInstanceOf(RuleViolationException.class).hasMessage("You cannot endorse yourself.");
        assertThat(sql.fetchCount(ENDORSEMENTS, ENDORSEMENTS.ENDORSED_ID.in(ana, ben))).isZero();
    }

    @Test
    void aMeetingHeldCountsAsHavingMet() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana");
        var ben = attendee(event, "Ben");
        // Whole minutes: PostgreSQL keeps microseconds, and the session must start within the event as stored.
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        // The session is set out while the event is to come; then the meeting's slot is moved into the past.
        sql.update(EVENTS).set(EVENTS.STARTS_AT, start).set(EVENTS.ENDS_AT, start.plus(Duration.ofHours(3)))
                .where(EVENTS.ID.eq(event)).execute();
        schedule.addSession(organizer, event, new SessionInput("Meetings", start, start.plus(Duration.ofMinutes(30)),
                15));
        schedule.addTable(organizer, event, new TableInput("Booth", 2));
        var request = meetings.request(ana, event, ben, null);
        meetings.accept(ben, event, request.id());
        assertThatThrownBy(() -> endorsements.endorse(ana, ben, event, List.of("Grid"), ""))
                .as("a meeting still to come").isInstanceOf(RuleViolationException.class);

        var ended = Instant.now().minus(Duration.ofMinutes(5));
        sql.update(MEETING_BOOKINGS).set(MEETING_BOOKINGS.STARTS_AT, ended.minus(Duration.ofMinutes(15)))
                .set(MEETING_BOOKINGS.ENDS_AT, ended).where(MEETING_BOOKINGS.EVENT_ID.eq(event)).execute();

        assertThat(endorsements.endorse(ana, ben, event, List.of("Grid"), "").status())
                .isEqualTo(EndorsementStatus.PENDING);
    }

    @Test
    void topicsMustBeAmongTheInterestsTheEndorserCanSee() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana");
        var ben = attendee(event, "Ben");
        begin(event);
        var connection = connect(event, ana, ben);
        profiles.update(ana, new ProfileInput("Ana", "", "", "", "", null, INTERESTS, List.of(), List.of(),
                List.of(), Map.of("interests", "PRIVATE")));

        assertThatThrownBy(() -> endorsements.endorseConnection(ben, connection, List.of("Grid"), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                        .extracting(e -> e.field()).containsExactly("topics"));
        assertThatThrownBy(() -> endorsements.endorseConnection(ana, connection, List.of("Knitting"),
                "x".repeat(281))).isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(
                        invalid.errors()).extracting(e -> e.field()).containsExactly("topics", "note"));
    }

    @Test
    void blockedPeopleCannotEndorse() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana");
        var ben = attendee(event, "Ben");
        begin(event);
        var connection = connect(event, ana, ben);
        blocks.block(ana, ben);

        assertThatThrownBy(() -> endorsements.endorse(ben, ana, event, List.of("Grid"), ""))
                .isInstanceOf(RuleViolationException.class);
        assertThat(connection).isNotNull();
    }

    @Test
    void onePerPairAndEventEvenWhenRequestsArriveTogether() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana");
        var ben = attendee(event, "Ben");
        begin(event);
        var connection = connect(event, ana, ben);
        List<Callable<Object>> same = List.of(
                () -> endorsements.endorseConnection(ben, connection, List.of("Grid"), ""),
                () -> endorsements.endorseConnection(ben, connection, List.of("Policy"), ""),
                () -> endorsements.endorseConnection(ben, connection, List.of("Grid"), "again"),
                () -> endorsements.endorseConnection(ben, connection, List.of("Battery storage"), ""));

        var outcomes = Parallel.run(same);

        assertThat(outcomes).filteredOn(Endorsement.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(3)
                .allSatisfy(refused -> assertThat(((ConflictException) refused).getMessage())
                        .isEqualTo("You have endorsed Ana for Founders meet investors already."));
        assertThat(sql.fetchCount(ENDORSEMENTS, ENDORSEMENTS.ENDORSER_ID.eq(ben))).isEqualTo(1);

        // Negative control: the other direction, and the same pair at another event, both get through at once.
        var another = TestEvents.published(events, organizer, 10, false);
        registrations.register(ana, another);
        registrations.register(ben, another);
        begin(another);
        var again = connect(another, ana, ben);
        List<Callable<Object>> different = List.of(
                () -> endorsements.endorseConnection(ana, connection, List.of("Grid"), ""),
                () -> endorsements.endorseConnection(ben, again, List.of("Grid"), ""));
        assertThat(Parallel.run(different)).allMatch(Endorsement.class::isInstance);
    }

    @Test
    void theExportHoldsWhatWasGivenAndReceivedAndErasureRemovesBoth() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana");
        var ben = attendee(event, "Ben");
        var cy = attendee(event, "Cy");
        begin(event);
        var withBen = connect(event, ana, ben);
        var withCy = connect(event, ana, cy);
        var fromBen = endorsements.endorseConnection(ben, withBen, List.of("Grid"), "Knows grids.");
        endorsements.endorseConnection(ana, withBen, List.of("Policy"), "");
        endorsements.endorseConnection(cy, withCy, List.of("Policy"), "Sharp.");
        endorsements.approve(ana, fromBen.id());

        @SuppressWarnings("unchecked")
        var section = (Map<String, List<Map<String, Object>>>) personalData.export(ana).get("endorsements");

        assertThat(section.get("received")).hasSize(2).anySatisfy(item -> assertThat(item)
                .containsEntry("endorserId", ben.toString()).containsEntry("note", "Knows grids.")
                .containsEntry("topics", List.of("Grid")).containsEntry("status", "APPROVED")
                .containsEntry("eventId", event.toString()).containsKey("decidedAt"));
        assertThat(section.get("given")).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("endorsedId", ben.toString()).containsEntry("status", "PENDING"));

        accounts.erase(ana, null);

        assertThat(sql.fetchCount(ENDORSEMENTS, ENDORSEMENTS.ENDORSER_ID.eq(ana).or(ENDORSEMENTS.ENDORSED_ID.eq(ana))))
                .isZero();
        assertThat(endorsements.between(ben, ana)).isEmpty();
        assertThat(endorsements.approvedTopicsOf(ben)).isEmpty();
    }

    /** Moves the event to have begun an hour ago, as if its attendees were there now. */
    private void begin(EventId event) {
        var start = Instant.now().minus(Duration.ofHours(1));
        sql.update(EVENTS).set(EVENTS.STARTS_AT, start).set(EVENTS.ENDS_AT, start.plus(Duration.ofHours(3)))
                .where(EVENTS.ID.eq(event)).execute();
    }

    private ConnectionId connect(EventId event, AccountId a, AccountId b) {
        return connections.record(a, event, b, ConnectionSource.SEARCH).connection().id();
    }

    private AccountId attendee(EventId event, String name) {
        var person = TestPeople.create(sql, 1, name).get(0);
        profiles.update(person, new ProfileInput(name, "Headline", "", "", "Energy", null, INTERESTS, List.of(),
                List.of(), List.of(), Map.of()));
        registrations.register(person, event);
        return person;
    }
}
