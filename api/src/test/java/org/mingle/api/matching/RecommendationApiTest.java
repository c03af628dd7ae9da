package org.mingle.api.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.api.TestProfiles;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Recommendations over HTTP: who is recommended (and who never is), in which order, with which reasons, and that they
 * reveal nothing people hide.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final List<String> KINDS = List.of("SHARED_INTEREST", "COMPLEMENTARY_GOAL", "NEW_PERSPECTIVE");

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person organizer;
    private Person stranger;

    @BeforeAll
    void people() {
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");
    }

    /** Ada seeks a job in climate tech; Ben hires for it; Cleo brings another industry and level; Dan says nothing. */
    private record Crowd(String event, Person ada, Person ben, Person cleo, Person dan) {
    }

    private Crowd crowd(String title) {
        return crowdAt(TestEvents.published(organizer.api(), title, 20));
    }

    private Crowd crowdAt(String event) {
        var ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Attendee");
        var ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Builder");
        var cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Counter");
        var dan = TestAccounts.signUpAndLogIn(anonymous, "Dan Dormant");
        TestProfiles.save(ada.api(), """
                {"headline": "Junior climate engineer", "industry": "Software", "seniority": "JUNIOR",
                 "interests": ["Climate tech", "Rust", "Heat pumps"], "seeking": ["JOB"], "offering": ["ADVICE"]}
                """);
        TestProfiles.save(ben.api(), """
                {"headline": "Hiring climate engineers", "industry": "Software", "seniority": "JUNIOR",
                 "interests": ["climate tech", "Heat Pumps", "Sailing"], "offering": ["JOB"], "seeking": ["ADVICE"]}
                """);
        TestProfiles.save(cleo.api(), """
                {"headline": "Banker turned gardener", "industry": "Finance", "seniority": "EXECUTIVE",
                 "interests": ["Gardening"]}
                """);
        for (var person : List.of(ada, ben, cleo, dan)) {
            TestEvents.registerConfirmed(person.api(), event);
        }
        return new Crowd(event, ada, ben, cleo, dan);
    }

    private static String recommendations(String event) {
        return "/api/events/" + event + "/recommendations";
    }

    @Test
    void recommendsTheOtherConfirmedAttendeesBestFirstWithReadableReasons() {
        var crowd = crowd("Recommended");

        var reply = crowd.ada().api().get(recommendations(crowd.event()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        var people = reply.objects();
        assertThat(people).extracting(p -> p.get("accountId"))
                .containsExactlyInAnyOrder(crowd.ben().id(), crowd.cleo().id(), crowd.dan().id())
                .doesNotContain(crowd.ada().id());
        assertThat(people.get(0)).containsEntry("accountId", crowd.ben().id())
                .containsEntry("displayName", "Ben Builder")
                .containsEntry("headline", "Hiring climate engineers");
        assertThat(people).allSatisfy(p -> assertThat(p).containsKeys("accountId", "displayName", "score", "reasons")
                .doesNotContainKey("email"));
        var scores = people.stream().map(p -> ((Number) p.get("score")).doubleValue()).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        var benReasons = reasonsOf(people.get(0));
        assertThat(benReasons).extracting(r -> r.get("kind")).contains("SHARED_INTEREST", "COMPLEMENTARY_GOAL")
                .doesNotContain("NEW_PERSPECTIVE");
        assertThat(benReasons).allSatisfy(r -> assertThat(r).containsOnlyKeys("kind", "detail"));
        assertThat(benReasons).extracting(r -> r.get("detail"))
                .contains("You are looking for a job; they are hiring",
                        "They are looking for advice; you are offering advice");
        var cleo = people.stream().filter(p -> p.get("accountId").equals(crowd.cleo().id())).findFirst().orElseThrow();
        assertThat(reasonsOf(cleo)).extracting(r -> r.get("kind")).containsOnly("NEW_PERSPECTIVE").hasSize(2);
        var dan = people.stream().filter(p -> p.get("accountId").equals(crowd.dan().id())).findFirst().orElseThrow();
        assertThat(dan).doesNotContainKey("headline");
        assertThat(reasonsOf(dan)).isEmpty();
        assertThat(people).flatMap(RecommendationApiTest::reasonsOf).extracting(r -> r.get("kind"))
                .allSatisfy(kind -> assertThat(KINDS).contains((String) kind));
    }

    @Test
    void theLimitCapsTheAnswerAndDefaultsToTen() {
        var crowd = crowd("Limited");

        assertThat(crowd.ada().api().get(recommendations(crowd.event()) + "?limit=1").objects())
                .extracting(p -> p.get("accountId")).containsExactly(crowd.ben().id());
        assertThat(crowd.ada().api().get(recommendations(crowd.event()) + "?limit=50").objects()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "-3"})
    void aLimitOutsideOneToFiftyIsInvalid(String limit) {
        var crowd = crowd("Bad limit " + limit);

        var errors = crowd.ada().api().get(recommendations(crowd.event()) + "?limit=" + limit)
                .fieldErrors(INVALID, "limit");

        assertThat(errors.get(0)).containsEntry("message", "must be between 1 and 50");
    }

    @Test
    void aLimitThatIsNoNumberIsInvalid() {
        String event = TestEvents.published(organizer.api(), "Wordy limit", 5);
        stranger.api().get(recommendations(event) + "?limit=ten").fieldErrors(INVALID, "limit");
    }

    @Test
    void neverRecommendsAnyoneBlockedEitherWay() {
        var crowd = crowd("Blocked");
        assertThat(crowd.ada().api().putEmpty("/api/me/blocks/" + crowd.ben().id()).status()).isEqualTo(204);
        assertThat(crowd.cleo().api().putEmpty("/api/me/blocks/" + crowd.ada().id()).status()).isEqualTo(204);

        assertThat(idsRecommendedTo(crowd.ada(), crowd.event())).containsExactly(crowd.dan().id());
        assertThat(idsRecommendedTo(crowd.ben(), crowd.event())).containsExactlyInAnyOrder(crowd.cleo().id(),
                crowd.dan().id());
        assertThat(idsRecommendedTo(crowd.cleo(), crowd.event())).containsExactlyInAnyOrder(crowd.ben().id(),
                crowd.dan().id());

        crowd.ada().api().delete("/api/me/blocks/" + crowd.ben().id());
        assertThat(idsRecommendedTo(crowd.ada(), crowd.event())).contains(crowd.ben().id());
    }

    @Test
    void neverRecommendsSomeoneAlreadyMatchedWithButStillSomeoneMerelyAsked() {
        var crowd = crowd("Matched");
        String requests = "/api/events/" + crowd.event() + "/meeting-requests";
        var toBen = crowd.ada().api().postJson(requests, "{\"toAccountId\": \"" + crowd.ben().id() + "\"}");
        var toCleo = crowd.ada().api().postJson(requests, "{\"toAccountId\": \"" + crowd.cleo().id() + "\"}");
        assertThat(toBen.status()).isEqualTo(201);
        assertThat(toCleo.status()).isEqualTo(201);

        assertThat(crowd.ben().api().postEmpty(requests + "/" + toBen.object().get("id") + "/accept").status())
                .isEqualTo(200);

        assertThat(idsRecommendedTo(crowd.ada(), crowd.event())).containsExactlyInAnyOrder(crowd.cleo().id(),
                crowd.dan().id());
        assertThat(idsRecommendedTo(crowd.ben(), crowd.event())).doesNotContain(crowd.ada().id());
    }

    @Test
    void neverRecommendsPeopleWhoAreNotConfirmed() {
        String event = TestEvents.published(organizer.api(), "Small room", 2);
        var crowd = crowd("Bigger room");
        var ada = crowd.ada();
        var waiting = TestAccounts.signUpAndLogIn(anonymous, "Walt Waiting");
        var gone = TestAccounts.signUpAndLogIn(anonymous, "Gus Gone");
        TestEvents.registerConfirmed(ada.api(), event);
        TestEvents.registerConfirmed(gone.api(), event);
        gone.api().delete("/api/events/" + event + "/registrations/me");
        TestEvents.registerConfirmed(crowd.ben().api(), event);
        assertThat(waiting.api().postEmpty("/api/events/" + event + "/registrations").object())
                .containsEntry("status", "WAITLISTED");

        assertThat(idsRecommendedTo(ada, event)).containsExactly(crowd.ben().id());
    }

    @Test
    void aHeadlineShownOnlyToConnectionsOrNobodyNeverAppears() {
        var crowd = crowd("Hidden headlines");
        TestProfiles.save(crowd.ben().api(), """
                {"headline": "Secret hiring plans", "industry": "Software", "seniority": "JUNIOR",
                 "interests": ["climate tech"], "offering": ["JOB"], "visibility": {"headline": "PRIVATE"}}
                """);
        TestProfiles.save(crowd.cleo().api(), """
                {"headline": "Connections-only headline", "industry": "Finance",
                 "visibility": {"headline": "CONNECTIONS"}}
                """);
        TestProfiles.save(crowd.dan().api(), "{\"headline\": \"Public headline\","
                + " \"visibility\": {\"headline\": \"PUBLIC\"}}");

        var reply = crowd.ada().api().get(recommendations(crowd.event()));

        assertThat(reply.body()).doesNotContain("Secret hiring plans", "Connections-only headline");
        var byId = reply.objects().stream()
                .collect(java.util.stream.Collectors.toMap(p -> (String) p.get("accountId"), p -> p));
        assertThat(byId.get(crowd.ben().id())).doesNotContainKey("headline");
        assertThat(byId.get(crowd.cleo().id())).doesNotContainKey("headline");
        assertThat(byId.get(crowd.dan().id())).containsEntry("headline", "Public headline");
    }

    @Test
    void fieldsHiddenFromAttendeesGiveNoReasons() {
        var crowd = crowd("Hidden interests");
        TestProfiles.save(crowd.ben().api(), """
                {"headline": "Hiring", "interests": ["Climate tech", "Rust"], "offering": ["JOB"],
                 "industry": "Mining", "visibility": {"interests": "PRIVATE", "offering": "CONNECTIONS",
                 "industry": "PRIVATE"}}
                """);

        var ben = crowd.ada().api().get(recommendations(crowd.event())).objects().stream()
                .filter(p -> p.get("accountId").equals(crowd.ben().id())).findFirst().orElseThrow();

        assertThat(reasonsOf(ben)).isEmpty();
        assertThat(((Number) ben.get("score")).doubleValue()).isZero();
    }

    @Test
    void anEventCanKeepColleaguesApart() {
        String apart = TestEvents.published(organizer.api(), TestEvents.with(
                TestEvents.json("Colleagues apart", 30, 20, false, null), "\"excludeSameCompany\": true"));
        String together = TestEvents.published(organizer.api(), "Colleagues together", 20);
        var ann = TestAccounts.signUpAndLogIn(anonymous, "Ann Acme");
        var bob = TestAccounts.signUpAndLogIn(anonymous, "Bob Acme");
        var cat = TestAccounts.signUpAndLogIn(anonymous, "Cat Other");
        TestProfiles.save(ann.api(), "{\"company\": \"Acme\", \"interests\": [\"Rockets\"]}");
        TestProfiles.save(bob.api(), "{\"company\": \" ACME \", \"interests\": [\"Rockets\"]}");
        TestProfiles.save(cat.api(), "{\"company\": \"Other Inc\"}");
        for (String event : List.of(apart, together)) {
            for (var person : List.of(ann, bob, cat)) {
                TestEvents.registerConfirmed(person.api(), event);
            }
        }

        assertThat(idsRecommendedTo(ann, apart)).containsExactly(cat.id());
        assertThat(idsRecommendedTo(ann, together)).containsExactly(bob.id(), cat.id());
    }

    @Test
    void onlyConfirmedAttendeesGetRecommendations() {
        String event = TestEvents.published(organizer.api(), "Only confirmed", 1);
        var first = TestAccounts.signUpAndLogIn(anonymous, "Fran First");
        var second = TestAccounts.signUpAndLogIn(anonymous, "Sid Second");
        TestEvents.registerConfirmed(first.api(), event);
        second.api().postEmpty("/api/events/" + event + "/registrations");

        assertThat(stranger.api().get(recommendations(event)).problem(403))
                .containsEntry("type", "urn:mingle:problem:forbidden")
                .containsEntry("detail", "Recommendations are for confirmed attendees of this event.");
        second.api().get(recommendations(event)).problem(403);
        organizer.api().get(recommendations(event)).problem(403);
        assertThat(first.api().get(recommendations(event)).status()).isEqualTo(200);

        first.api().delete("/api/events/" + event + "/registrations/me");
        first.api().get(recommendations(event)).problem(403);
        assertThat(second.api().get(recommendations(event)).objects()).isEmpty();
    }

    @Test
    void anUnknownOrInvisibleEventIsNotFoundAndSigningInComesFirst() {
        String draft = TestEvents.create(organizer.api(), TestEvents.json("Draft matching", 20));

        stranger.api().get(recommendations("3f1c2b1e-0000-4000-8000-000000000000")).problem(404);
        stranger.api().get(recommendations("not-an-id")).problem(404);
        stranger.api().get(recommendations(draft)).problem(404);
        organizer.api().get(recommendations(draft)).problem(403);

        var reply = anonymous.get(recommendations(draft));
        reply.problem(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    private List<Object> idsRecommendedTo(Person person, String event) {
        var reply = person.api().get(recommendations(event));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.objects().stream().map(p -> p.get("accountId")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasonsOf(Map<String, Object> person) {
        return (List<Map<String, Object>>) person.get("reasons");
    }
}
