package org.mingle.domain.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.Relationship;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionServiceTest implements MicronautPostgres {

    @Inject
    ConnectionService connections;
    @Inject
    ProfileService profiles;
    @Inject
    RecommendationService recommendations;
    @Inject
    BlockService blocks;
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
    void scanningACodeConnectsBothAtTheEventAndStoresWhatReportsNeed() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Energy", List.of("Batteries", "Grid", "Policy"));
        var ben = attendee(event, "Finance", List.of("batteries", "Grid", "Fundraising"));
        var code = connections.myCode(ben);
        assertThat(connections.myCode(ben)).as("one code per person").isEqualTo(code);

        var target = connections.target(ana, code.value().toLowerCase());
        assertThat(target.person().accountId()).isEqualTo(ben);
        assertThat(target.events()).extracting(e -> e.id()).containsExactly(event);

        var recorded = connections.recordByCode(ana, event, code.value());

        assertThat(recorded.created()).isTrue();
        var mine = recorded.connection();
        assertThat(mine.other().accountId()).isEqualTo(ben);
        assertThat(mine.eventTitle()).isEqualTo("Founders meet investors");
        assertThat(mine.source()).isEqualTo(ConnectionSource.CODE);
        assertThat(connections.network(ben, NetworkFilter.ALL)).singleElement()
                .satisfies(theirs -> assertThat(theirs.other().accountId()).isEqualTo(ana));
        var facts = storedFacts(event);
        assertThat(facts.sharedInterests()).map(String::toLowerCase).containsExactlyInAnyOrder("batteries", "grid");
        assertThat(facts.crossIndustry()).isTrue();
        assertThat(facts.recommended()).isTrue();
        assertThat(facts.metInRound()).isFalse();
        assertThat(profiles.relationship(ana, ben)).isEqualTo(Relationship.CONNECTION);
        assertThat(recommendations.recommendations(ana, event, 10)).extracting(p -> p.accountId())
                .doesNotContain(ben);
    }

    @Test
    void recordingTwiceIsHarmlessAndRemovingTakesItOutOfOneListOnly() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Energy", List.of("Solar"));
        var ben = attendee(event, "Energy", List.of("Solar"));
        var first = connections.record(ana, event, ben, ConnectionSource.SEARCH);

        var again = connections.record(ben, event, ana, ConnectionSource.MEETING);

        assertThat(again.created()).isFalse();
        assertThat(again.connection().id()).isEqualTo(first.connection().id());
        assertThat(again.connection().source()).as("the first recording's source stays").isEqualTo(ConnectionSource.SEARCH);
        connections.update(ana, first.connection().id(), new NotesPatch(Optional.of("Solar pilot"), null, null, null,
                null));
        connections.remove(ana, first.connection().id());
        assertThat(connections.network(ana, NetworkFilter.ALL)).isEmpty();
        assertThat(connections.network(ben, NetworkFilter.ALL)).hasSize(1);
        assertThat(profiles.relationship(ben, ana)).as("a connection removed by one is no longer mutual")
                .isEqualTo(Relationship.FELLOW_ATTENDEE);
        assertThatThrownBy(() -> connections.remove(ana, first.connection().id()))
                .isInstanceOf(ConnectionNotFoundException.class);

        var back = connections.record(ana, event, ben, ConnectionSource.CODE);

        assertThat(back.created()).isFalse();
        assertThat(back.connection().notes()).as("notes went with the removal").isEqualTo(PrivateNotes.NONE);
    }

    @Test
    void onlyAttendeesConnectAndNeverWithThemselvesOrSomeoneBlocked() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Energy", List.of());
        var ben = attendee(event, "Energy", List.of());
        var outsider = TestPeople.create(sql, 1, "Outsider").get(0);

        assertThatThrownBy(() -> connections.record(outsider, event, ana, ConnectionSource.SEARCH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> connections.record(ana, event, outsider, ConnectionSource.SEARCH))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not a confirmed attendee");
        assertThatThrownBy(() -> connections.record(ana, event, ana, ConnectionSource.SEARCH))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> connections.target(ana, connections.myCode(ana).value()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("your own");
        assertThatThrownBy(() -> connections.target(ana, "00000000"))
                .isInstanceOf(ConnectCodeNotFoundException.class);
        blocks.block(ben, ana);
        assertThatThrownBy(() -> connections.recordByCode(ana, event, connections.myCode(ben).value()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void notesStayWithTheirOwnerAndDueFollowUpsComeFirst() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Energy", List.of());
        var ben = attendee(event, "Finance", List.of());
        var cy = attendee(event, "Design", List.of());
        var withBen = connections.record(ana, event, ben, ConnectionSource.SEARCH).connection();
        var withCy = connections.record(ana, event, cy, ConnectionSource.SEARCH).connection();
        var today = LocalDate.now();

        connections.update(ana, withBen.id(), new NotesPatch(Optional.of("Wants an intro to Kira"),
                Optional.of(List.of("Investor")), Optional.of("TO_CONTACT"), Optional.of(today.minusDays(1).toString()),
                Optional.of("INVESTMENT")));

        var network = connections.network(ana, NetworkFilter.ALL);
        assertThat(network).extracting(c -> c.other().accountId()).containsExactly(ben, cy);
        assertThat(connections.dueCount(ana)).isEqualTo(1);
        assertThat(connections.dueCount(ben)).isZero();
        assertThat(connections.network(ana, new NetworkFilter(null, "kira", null, null, false)))
                .extracting(c -> c.id()).containsExactly(withBen.id());
        assertThat(connections.network(ana, new NetworkFilter(null, null, "investor", null, false))).hasSize(1);
        assertThat(connections.network(ana, new NetworkFilter(event, null, null, FollowUp.NONE, false)))
                .extracting(c -> c.id()).containsExactly(withCy.id());
        assertThat(connections.network(ana, new NetworkFilter(null, null, null, null, true))).hasSize(1);
        var bensView = connections.network(ben, NetworkFilter.ALL).get(0);
        assertThat(bensView.notes()).isEqualTo(PrivateNotes.NONE);
        assertThatThrownBy(() -> connections.update(ben, withCy.id(), NotesPatch.NOTHING))
                .isInstanceOf(ConnectionNotFoundException.class);
        assertThat(personalData.export(ben).toString()).doesNotContain("Wants an intro", "Investor", "INVESTMENT",
                "TO_CONTACT");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsOnesOwnNotesAndErasureTakesThePersonOutOfEveryNetwork() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Energy", List.of());
        var ben = attendee(event, "Finance", List.of());
        var id = connections.record(ana, event, ben, ConnectionSource.SEARCH).connection().id();
        connections.update(ana, id, new NotesPatch(Optional.of("Pilot in March"), null, null, null, null));

        var section = (Map<String, Object>) personalData.export(ana).get("connections");
        assertThat(section.get("connectCode")).isNull();
        assertThat((List<Map<String, Object>>) section.get("network")).singleElement().satisfies(item ->
                assertThat(item).containsEntry("otherAccountId", ben.toString()).containsEntry("note", "Pilot in March")
                        .containsEntry("recordedByMe", true));

        personalData.eraseAll(ben);

        assertThat(connections.network(ana, NetworkFilter.ALL)).isEmpty();
        assertThat(sql.fetchCount(org.mingle.db.jooq.Tables.CONNECTIONS,
                org.mingle.db.jooq.Tables.CONNECTIONS.EVENT_ID.eq(event)))
                .as("the connection stays, anonymous, for reports").isEqualTo(1);
    }

    @Test
    void theAttendeeListIsSearchedByNameAsTheSearcherMaySeeIt() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Energy", List.of());
        var zoe = TestPeople.create(sql, 1, "Zoe").get(0);
        profiles.update(zoe, new ProfileInput("Zoë Ångström", "Grid analyst", "", "Secret Corp", "Energy", null,
                List.of(), List.of(), List.of(), List.of(), Map.of("company", "CONNECTIONS")));
        registrations.register(zoe, event);

        var found = connections.searchAttendees(ana, event, "zoe ang");

        assertThat(found).singleElement().satisfies(view -> {
            assertThat(view.displayName()).isEqualTo("Zoë Ångström");
            assertThat(view.company()).as("hidden until connected").isNull();
        });
        assertThat(connections.searchAttendees(ana, event, "  ")).isEmpty();
    }

    @Test
    void theVCardAndCsvHoldWhatEachContactShows() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Energy", List.of());
        var ben = TestPeople.create(sql, 1, "Ben").get(0);
        profiles.update(ben, new ProfileInput("Ben Okafor", "=Partner", "", "Northwind", "Finance", null,
                List.of(), List.of(), List.of(), List.of("https://example.com/ben"),
                Map.of("company", "PRIVATE", "links", "CONNECTIONS")));
        registrations.register(ben, event);
        connections.record(ana, event, ben, ConnectionSource.SEARCH);

        var network = connections.network(ana, NetworkFilter.ALL);
        var card = VCards.of(network);
        var csv = new StringWriter();
        NetworkCsv.write(csv, network, ZoneOffset.UTC);

        assertThat(card).contains("FN:Ben Okafor", "URL:https://example.com/ben").doesNotContain("Northwind");
        assertThat(csv.toString()).contains("'=Partner", "https://example.com/ben").doesNotContain("Northwind");
    }

    private ConnectionFacts storedFacts(EventId event) {
        var t = org.mingle.db.jooq.Tables.CONNECTIONS;
        var r = sql.selectFrom(t).where(t.EVENT_ID.eq(event)).fetchSingle();
        return new ConnectionFacts(List.of(r.getSharedInterests()), r.getFirstIndustry(), r.getSecondIndustry(),
                r.getRecommended(), r.getMetInRound(), r.getMatchedByRequest());
    }

    private AccountId attendee(EventId event, String industry, List<String> interests) {
        var person = TestPeople.create(sql, 1, "Attendee").get(0);
        profiles.update(person, new ProfileInput(null, "Headline", "", "", industry, null, interests, List.of(),
                List.of(), List.of("https://example.com/" + person.value()), Map.of()));
        registrations.register(person, event);
        return person;
    }
}
