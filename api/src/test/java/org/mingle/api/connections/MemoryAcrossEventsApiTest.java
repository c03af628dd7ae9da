package org.mingle.api.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.EVENTS;
import static org.mingle.db.jooq.Tables.GROUPS;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.api.TestProfiles;
import org.mingle.domain.events.EventId;
import org.mingle.domain.groups.GroupVisibility;
import org.mingle.domain.groups.JoinPolicy;
import org.mingle.domain.shared.GroupId;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Memory across events over HTTP: the MET_BEFORE reason, "people you know are going", and the rounds' option to keep
 * pairs who met before apart.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoryAcrossEventsApiTest implements MicronautPostgres {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DSLContext sql;

    private ApiClient anonymous;
    private Person organizer;

    @BeforeAll
    void people() {
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
    }

    @Test
    void peopleWhoMetAtTheGroupsEarlierEventSeeWhereAndKnowWhoIsGoing() {
        String earlier = TestEvents.published(organizer.api(), TestEvents.json("Climate Breakfast", 10));
        String later = TestEvents.published(organizer.api(), TestEvents.json("Climate Mixer", 20));
        inOneGroup(earlier, later);
        var ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Attendee");
        var ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Builder");
        var cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Counter");
        for (var person : List.of(ada, ben, cleo)) {
            TestProfiles.save(person.api(), """
                    {"interests": ["Heat pumps"]}
                    """);
            TestEvents.registerConfirmed(person.api(), later);
        }
        TestEvents.registerConfirmed(ada.api(), earlier);
        TestEvents.registerConfirmed(ben.api(), earlier);
        var recorded = ada.api().postJson("/api/events/" + earlier + "/connections",
                "{\"accountId\": \"" + ben.id() + "\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        var people = ada.api().get("/api/events/" + later + "/recommendations").objects();

        var forBen = people.stream().filter(p -> p.get("accountId").equals(ben.id())).findFirst().orElseThrow();
        var forCleo = people.stream().filter(p -> p.get("accountId").equals(cleo.id())).findFirst().orElseThrow();
        assertThat(reasonsOf(forBen)).filteredOn(r -> "MET_BEFORE".equals(r.get("kind"))).singleElement()
                .satisfies(reason -> assertThat(reason)
                        .containsEntry("detail", "You met at Climate Breakfast")
                        .containsEntry("eventId", earlier));
        assertThat(reasonsOf(forCleo)).extracting(r -> r.get("kind")).doesNotContain("MET_BEFORE");
        assertThat(reasonsOf(forCleo)).allSatisfy(r -> assertThat(r).doesNotContainKey("eventId"));
        assertThat(forBen.get("score")).isEqualTo(forCleo.get("score"));

        var known = ada.api().get("/api/events/" + later + "/known-attendees");
        assertThat(known.status()).as(known.body()).isEqualTo(200);
        assertThat(known.object()).containsEntry("total", 1).containsEntry("page", 0);
        assertThat(known.list("items")).singleElement().satisfies(person -> assertThat(person)
                .containsEntry("accountId", ben.id()).containsEntry("displayName", "Ben Builder")
                .containsEntry("relationship", "CONNECTION"));
        assertThat(cleo.api().get("/api/events/" + later + "/known-attendees").object()).containsEntry("total", 0);
    }

    @Test
    void planningRoundsTakesTheOptionAndRefusesAWrongValue() {
        String event = TestEvents.published(organizer.api(), TestEvents.json("Rounds evening", 5));
        var ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Attendee");
        var ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Builder");
        TestEvents.registerConfirmed(ada.api(), event);
        TestEvents.registerConfirmed(ben.api(), event);
        String startsAt = TestEvents.berlin(Instant.now().plus(Duration.ofHours(1)));

        var planned = organizer.api().postJson("/api/events/" + event + "/rounds", """
                {"rounds": 1, "minutesPerRound": 5, "startsAt": "%s", "includeConfirmed": true,
                 "avoidEarlierPairs": false}
                """.formatted(startsAt));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);

        var refused = organizer.api().postJson("/api/events/" + event + "/rounds", """
                {"rounds": 1, "minutesPerRound": 5, "startsAt": "%s", "avoidEarlierPairs": "sometimes"}
                """.formatted(startsAt));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    private void inOneGroup(String... events) {
        GroupId group = GroupId.newId();
        sql.insertInto(GROUPS).set(GROUPS.ID, group).set(GROUPS.SLUG, "memory-" + UUID.randomUUID().toString()
                        .substring(0, 8)).set(GROUPS.NAME, "Climate friends").set(GROUPS.JOIN_POLICY, JoinPolicy.OPEN)
                .set(GROUPS.VISIBILITY, GroupVisibility.PUBLIC).execute();
        for (String event : events) {
            sql.update(EVENTS).set(EVENTS.GROUP_ID, group).where(EVENTS.ID.eq(EventId.fromString(event))).execute();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasonsOf(Map<String, Object> person) {
        return (List<Map<String, Object>>) person.get("reasons");
    }
}
