package org.mingle.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.CONNECTIONS;
import static org.mingle.db.jooq.Tables.EVENTS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.connections.Outcome;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.rounds.RoundService;
import org.mingle.domain.rounds.RoundsInput;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;

/** Report figures against a small event counted by hand, with an erased account, a cancellation and a removal. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportServiceTest implements MicronautPostgres {

    @Inject
    ReportService reports;
    @Inject
    ConnectionService connections;
    @Inject
    MeetingRequestService meetings;
    @Inject
    RoundService rounds;
    @Inject
    ProfileService profiles;
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
    void theFiguresOfASmallEventAreTheOnesCountedByHand() {
        var earlier = earlierEvent();
        var event = TestEvents.published(events, organizer, 10, false);
        var a = person(event, "Energy", List.of("Batteries", "Grid"), Map.of());
        var b = person(event, "Finance", List.of("Batteries"), Map.of());
        var c = person(event, "Energy", List.of("Grid"), Map.of());
        var d = person(event, "", List.of("Batteries"), Map.of("interests", "PRIVATE"));
        var e = person(event, "Design", List.of(), Map.of());
        var f = person(event, "Energy", List.of(), Map.of());
        registrations.register(d, earlier);
        registrations.cancel(f, event);
        for (var present : List.of(a, b, c)) {
            registrations.checkIn(organizer, event, registrations.mineAt(present, event).orElseThrow().checkInCode());
        }
        var ab = connect(event, a, b);
        var ac = connect(event, a, c);
        connect(event, b, c);
        var ad = connect(event, d, a);
        var eb = connect(event, e, b);
        connections.remove(a, ac);
        notes(a, ab, "TO_CONTACT", "JOB");
        notes(b, ab, null, "JOB");
        notes(c, connectionOf(c, event, b), null, "JOB");
        notes(a, ad, null, "CLIENT");
        var request = meetings.request(a, event, b, null);
        meetings.accept(b, event, request.id());
        meetings.request(c, event, d, null);
        personalData.eraseAll(e);

        var report = reports.report(organizer, event);

        assertThat(report.funnel()).isEqualTo(new EventReport.Funnel(6, 4, 0, 0, 2, 3, 0));
        var networking = report.networking();
        assertThat(networking.attendees()).isEqualTo(3);
        assertThat(networking.connections()).as("removed and erased ones still count").isEqualTo(5);
        assertThat(networking.attendeesWithConnection()).isEqualTo(3);
        assertThat(networking.shareWithConnection()).isEqualTo(1.0);
        assertThat(networking.averagePerAttendee()).as("(3 + 3 + 2) / 3").isEqualTo(2.67);
        assertThat(networking.crossIndustry()).as("A-B, B-C, E-B").isEqualTo(3);
        assertThat(networking.crossIndustryShare()).isEqualTo(0.6);
        assertThat(networking.firstTimers()).as("D came to an earlier event").isEqualTo(3);
        assertThat(networking.firstTimersWithConnection()).isEqualTo(3);
        assertThat(networking.requestsSent()).isEqualTo(2);
        assertThat(networking.requestsAccepted()).isEqualTo(1);
        assertThat(networking.recommendedConnections()).isEqualTo(sql.fetchCount(CONNECTIONS,
                CONNECTIONS.EVENT_ID.eq(event).and(CONNECTIONS.RECOMMENDED)));
        assertThat(report.degreeDistribution()).containsExactly(new EventReport.DegreeCount(0, 0),
                new EventReport.DegreeCount(2, 1), new EventReport.DegreeCount(3, 2));
        assertThat(report.topInterests()).containsExactly(new EventReport.InterestCount("Batteries", 2),
                new EventReport.InterestCount("Grid", 2));
        assertThat(report.connectingInterests()).containsExactly(new EventReport.InterestCount("Batteries", 1),
                new EventReport.InterestCount("Grid", 1));
        assertThat(report.outcomes()).contains(new EventReport.OutcomeCount(Outcome.JOB, 3),
                new EventReport.OutcomeCount(Outcome.CLIENT, null), new EventReport.OutcomeCount(Outcome.MENTOR, 0));

        var mine = reports.mine(a, event);
        assertThat(mine.peopleMet()).as("A removed C").isEqualTo(2);
        assertThat(mine.outsideIndustry()).isEqualTo(1);
        assertThat(mine.followUpsOpen()).isEqualTo(1);
        assertThat(mine.meetings()).isEqualTo(1);
        assertThat(mine.meetingsHeld()).isZero();
        assertThat(mine.connections()).extracting(m -> m.other().accountId()).containsExactlyInAnyOrder(b, d);
    }

    @Test
    void speedNetworkingPairsThatConnectedAreCountedAndNoShowsOnceTheEventStarted() {
        var event = TestEvents.published(events, organizer, 10, false);
        for (int i = 0; i < 4; i++) {
            person(event, "Energy", List.of("Solar"), Map.of());
        }
        var plan = rounds.generate(organizer, event, new RoundsInput(1, 5,
                Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES), 0, true, null));
        var tables = plan.rounds().get(0).round().tables();
        var seated = tables.get(0).people();
        connect(event, seated.get(0), seated.get(1));
        connect(event, seated.get(0), tables.get(1).people().get(0));
        sql.update(EVENTS).set(EVENTS.STARTS_AT, Instant.now().minus(Duration.ofHours(1)))
                .where(EVENTS.ID.eq(event)).execute();

        var networking = reports.networking(organizer, event);

        assertThat(networking.roundPairs()).isEqualTo(2);
        assertThat(networking.roundPairsConnected()).isEqualTo(1);
        assertThat(reports.funnel(organizer, event).noShows()).isEqualTo(4);
    }

    @Test
    void theConnectionsExportStreamsEveryRowAndThePictureHoldsThePeople() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        var a = person(event, "Energy", List.of("Grid"), Map.of());
        var b = person(event, "=Finance", List.of("Grid"), Map.of());
        var c = person(event, "Design", List.of(), Map.of());
        connect(event, a, b);
        connect(event, a, c);
        List<ConnectionRow> rows = new ArrayList<>();

        reports.forEachConnection(organizer, event, rows::add);
        var csv = new StringWriter();
        ReportCsv.write(csv, ZoneId.of("Europe/Berlin"),
                consumer -> reports.forEachConnection(organizer, event, consumer));
        var picture = reports.picture(organizer, event, 100);

        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.source()).isEqualTo("SEARCH"));
        assertThat(csv.toString().split("\r\n")).hasSize(3);
        assertThat(csv.toString()).contains("'=Finance").contains("Grid");
        assertThat(picture.people()).hasSize(3);
        assertThat(picture.people().get(0).person().account()).as("most connected first").isEqualTo(a);
        assertThat(picture.connections()).hasSize(2);
        assertThat(picture.people()).allSatisfy(dot -> {
            assertThat(dot.x()).isBetween(0.0, 1.0);
            assertThat(dot.y()).isBetween(0.0, 1.0);
        });
        assertThat(picture.shownOf()).isEqualTo(3);
        assertThatThrownBy(() -> reports.report(a, event)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePictureBreaksTiesByAccountShowsOnlyIndustriesShownToAttendeesAndKeepsErasedPeople() {
        var event = TestEvents.published(events, organizer, 10, false);
        var hub = person(event, "Energy", List.of("AI", "Climate"), Map.of());
        var open = person(event, "Finance", List.of("ai", "Climate"), Map.of("industry", "PUBLIC"));
        var hidden = person(event, "Design", List.of("AI"), Map.of("industry", "PRIVATE"));
        var connectionsOnly = person(event, "Health", List.of("Ai"), Map.of("industry", "CONNECTIONS"));
        var blank = person(event, "", List.of(), Map.of());
        var erased = person(event, "Law", List.of("Climate", "Law"), Map.of());
        for (var other : List.of(open, hidden, connectionsOnly, blank, erased)) {
            connect(event, hub, other);
        }
        connect(event, hidden, open);
        personalData.eraseAll(erased);
        Comparator<AccountId> byAccount = Comparator.comparing(AccountId::toString);
        var twoConnections = Stream.of(open, hidden).sorted(byAccount).toList();
        var oneConnection = Stream.of(connectionsOnly, blank, erased).sorted(byAccount).toList();

        var picture = reports.picture(organizer, event, 100);
        var report = reports.report(organizer, event);

        var order = new ArrayList<AccountId>(List.of(hub));
        order.addAll(twoConnections);
        order.addAll(oneConnection);
        assertThat(picture.people()).extracting(dot -> dot.person().account())
                .as("most connected first, ties by account").containsExactlyElementsOf(order);
        assertThat(picture.people()).extracting(dot -> dot.person().connections())
                .containsExactly(5, 2, 2, 1, 1, 1);
        Map<AccountId, String> industries = new HashMap<>();
        picture.people().forEach(dot -> industries.put(dot.person().account(), dot.person().industry()));
        assertThat(industries).containsEntry(hub, "Energy").containsEntry(open, "Finance")
                .as("private, for connections only, empty, or erased: not shown")
                .containsEntry(hidden, null).containsEntry(connectionsOnly, null).containsEntry(blank, null)
                .containsEntry(erased, null);
        assertThat(picture.connections()).hasSize(6);
        assertThat(picture.shownOf()).as("the erased person made a connection too").isEqualTo(6);
        assertThat(reports.picture(organizer, event, 4).people()).extracting(dot -> dot.person().account())
                .containsExactly(hub, twoConnections.get(0), twoConnections.get(1), oneConnection.get(0));
        assertThat(reports.picture(organizer, event, 4).connections()).hasSize(4);
        assertThat(reports.picture(organizer, event, 2).connections()).singleElement()
                .satisfies(line -> assertThat(line).containsExactlyInAnyOrder(0, 1));

        // Nobody is checked in: shares are out of the five still confirmed; the erased person is no longer among them.
        assertThat(report.funnel().confirmed()).isEqualTo(5);
        assertThat(report.networking().attendees()).isEqualTo(5);
        assertThat(report.networking().connections()).isEqualTo(6);
        assertThat(report.networking().attendeesWithConnection()).isEqualTo(5);
        assertThat(report.degreeDistribution()).containsExactly(new EventReport.DegreeCount(0, 0),
                new EventReport.DegreeCount(1, 2), new EventReport.DegreeCount(2, 2),
                new EventReport.DegreeCount(5, 1));
        assertThat(report.topInterests()).as("the most used spelling names an interest")
                .containsExactly(new EventReport.InterestCount("AI", 4), new EventReport.InterestCount("Climate", 2));
    }

    private EventId earlierEvent() {
        var start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        var draft = events.create(organizer, new EventInput("Earlier meetup", "", start, start.plus(Duration.ofHours(2)),
                "Europe/Lisbon", "Hub", 50, null, false, 0.5));
        return events.publish(organizer, draft.id()).id();
    }

    private org.mingle.domain.connections.ConnectionId connect(EventId event, AccountId from, AccountId to) {
        return connections.record(from, event, to, ConnectionSource.SEARCH).connection().id();
    }

    private org.mingle.domain.connections.ConnectionId connectionOf(AccountId owner, EventId event, AccountId other) {
        return connections.network(owner, new NetworkFilter(event, null, null, null, false)).stream()
                .filter(c -> c.other().accountId().equals(other)).findFirst().orElseThrow().id();
    }

    private void notes(AccountId owner, org.mingle.domain.connections.ConnectionId id, String followUp,
                       String outcome) {
        connections.update(owner, id, new NotesPatch(null, null, followUp == null ? null : Optional.of(followUp), null,
                Optional.of(outcome)));
    }

    private AccountId person(EventId event, String industry, List<String> interests, Map<String, String> visibility) {
        var person = TestPeople.create(sql, 1, "Person").get(0);
        profiles.update(person, new ProfileInput(null, "", "", "", industry, null, interests, List.of(), List.of(),
                List.of(), visibility));
        registrations.register(person, event);
        return person;
    }
}
