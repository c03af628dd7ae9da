package org.mingle.api.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.api.TestProfiles;
import org.mingle.testsupport.MicronautPostgres;

/** Editing one's own profile, and seeing other people's through their visibility settings, over HTTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final String MALFORMED = "urn:mingle:problem:malformed-request";
    private static final String[] ALL_OWN_FIELDS = {"accountId", "displayName", "headline", "bio", "company",
        "industry", "seniority", "interests", "seeking", "offering", "links", "visibility", "updatedAt", "handle",
        "publicProfile", "allowSearchEngines", "publicPageUrl"};

    /** A profile whose every field has another visibility, so each level can be seen to work. */
    private static final String LAYERED = """
            {"headline": "Building heat pumps", "bio": "Ten years in HVAC.", "company": "Warmth GmbH",
             "industry": "Energy", "seniority": "LEAD", "interests": ["Heat pumps", "Cycling"],
             "seeking": ["COFOUNDER"], "offering": ["ADVICE"], "links": ["https://warmth.example/olaf"],
             "visibility": {"headline": "PUBLIC", "bio": "ATTENDEES", "company": "CONNECTIONS", "industry": "PRIVATE",
                            "seniority": "ATTENDEES", "interests": "ATTENDEES", "seeking": "PUBLIC",
                            "offering": "PRIVATE", "links": "CONNECTIONS"}}
            """;

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

    @Test
    void aProfileNeverSavedIsEmptyWithTheDefaultVisibility() {
        var nora = TestAccounts.signUpAndLogIn(anonymous, "Nora New");

        var reply = nora.api().get("/api/me/profile");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.object()).containsOnlyKeys(ALL_OWN_FIELDS)
                .containsEntry("accountId", nora.id())
                .containsEntry("displayName", "Nora New")
                .containsEntry("headline", "").containsEntry("bio", "").containsEntry("company", "")
                .containsEntry("industry", "").containsEntry("seniority", null)
                .containsEntry("interests", List.of()).containsEntry("seeking", List.of())
                .containsEntry("offering", List.of()).containsEntry("links", List.of())
                .containsEntry("updatedAt", null)
                .containsEntry("visibility", Map.of("headline", "ATTENDEES", "bio", "ATTENDEES",
                        "company", "ATTENDEES", "industry", "ATTENDEES", "seniority", "ATTENDEES",
                        "interests", "ATTENDEES", "seeking", "ATTENDEES", "offering", "ATTENDEES",
                        "links", "CONNECTIONS", "photo", "ATTENDEES"));
    }

    @Test
    void puttingSavesTheWholeProfileNormalisedAndAnswersIt() {
        var pia = TestAccounts.signUpAndLogIn(anonymous, "Pia Put");

        var reply = pia.api().putJson("/api/me/profile", """
                {"displayName": "  Pia   Putnam ", "headline": " Climate   founder ", "bio": "Line one\\r\\nLine two",
                 "company": "Sunny", "industry": "Energy", "seniority": "senior",
                 "interests": ["  Climate   Tech ", "climate tech", "Clímate Tech", "Rust"],
                 "seeking": ["investment", "COFOUNDER"], "offering": ["JOB"],
                 "links": ["https://pia.example", " ", "http://pia.example/blog"],
                 "visibility": {"headline": "public", "links": "PRIVATE"}}
                """);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var profile = reply.object();
        assertThat(profile).containsOnlyKeys(ALL_OWN_FIELDS)
                .containsEntry("displayName", "Pia Putnam")
                .containsEntry("headline", "Climate founder")
                .containsEntry("bio", "Line one\nLine two")
                .containsEntry("seniority", "SENIOR")
                .containsEntry("interests", List.of("Climate Tech", "Rust"))
                .containsEntry("seeking", List.of("INVESTMENT", "COFOUNDER"))
                .containsEntry("offering", List.of("JOB"))
                .containsEntry("links", List.of("https://pia.example", "http://pia.example/blog"));
        @SuppressWarnings("unchecked")
        var visibility = (Map<String, Object>) profile.get("visibility");
        assertThat(visibility).containsEntry("headline", "PUBLIC").containsEntry("links", "PRIVATE")
                .containsEntry("bio", "ATTENDEES").containsEntry("photo", "ATTENDEES").hasSize(10);
        assertThat((String) profile.get("updatedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|\\+00:00)");

        assertThat(pia.api().get("/api/me/profile").object()).isEqualTo(profile);
        assertThat(pia.api().get("/api/me").object()).containsEntry("displayName", "Pia Putnam");
    }

    @Test
    void puttingReplacesWhatIsLeftOutButKeepsTheNameAndEachVisibility() {
        var rita = TestAccounts.signUpAndLogIn(anonymous, "Rita Replace");
        TestProfiles.save(rita.api(), LAYERED);

        var replaced = TestProfiles.save(rita.api(), """
                {"headline": "Only a headline now", "visibility": {"bio": "PUBLIC"}}
                """);

        assertThat(replaced).containsEntry("displayName", "Rita Replace")
                .containsEntry("headline", "Only a headline now")
                .containsEntry("bio", "").containsEntry("company", "").containsEntry("seniority", null)
                .containsEntry("interests", List.of()).containsEntry("links", List.of());
        assertThat(replaced.get("visibility")).isEqualTo(Map.of("headline", "PUBLIC", "bio", "PUBLIC",
                "company", "CONNECTIONS", "industry", "PRIVATE", "seniority", "ATTENDEES", "interests", "ATTENDEES",
                "seeking", "PUBLIC", "offering", "PRIVATE", "links", "CONNECTIONS", "photo", "ATTENDEES"));
    }

    @Test
    void invalidInputNamesEveryRefusedFieldAtOnceAndChangesNothing() {
        var ivan = TestAccounts.signUpAndLogIn(anonymous, "Ivan Invalid");
        TestProfiles.save(ivan.api(), "{\"headline\": \"Still here\"}");
        String interests = IntStream.rangeClosed(1, 31).mapToObj(i -> "\"topic " + i + "\"")
                .reduce((a, b) -> a + ", " + b).orElseThrow();

        var reply = ivan.api().putJson("/api/me/profile", """
                {"displayName": " ", "headline": "%s", "seniority": "GURU", "interests": [%s],
                 "seeking": ["FAME"], "offering": ["JOB"], "links": ["javascript:alert(1)"],
                 "visibility": {"headline": "FRIENDS", "email": "PUBLIC"}}
                """.formatted("h".repeat(121), interests));

        var errors = reply.fieldErrors(INVALID, "displayName", "headline", "seniority", "interests", "seeking", "links",
                "visibility.headline", "visibility.email");
        var problem = reply.object();
        assertThat(problem).containsOnlyKeys("type", "title", "status", "detail", "errors", "requestId")
                .containsEntry("title", "Invalid input")
                .containsEntry("detail", "8 fields are invalid; see errors.");
        assertThat(errors).allSatisfy(e -> assertThat(e).containsOnlyKeys("field", "message"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("field", "links")
                .containsEntry("message", "must be web addresses starting with http:// or https://"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("field", "interests")
                .containsEntry("message", "must be at most 30 different interests"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("field", "visibility.headline")
                .containsEntry("message", "must be PUBLIC, ATTENDEES, CONNECTIONS or PRIVATE"));
        assertThat(ivan.api().get("/api/me/profile").object()).containsEntry("headline", "Still here")
                .containsEntry("displayName", "Ivan Invalid");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"visibility\": {\"bio\": \"EVERYONE\"}}                  | visibility.bio",
        "{\"links\": [\"javascript:alert(document.cookie)\"]}      | links",
        "{\"links\": [\"data:text/html,hi\"]}                       | links",
        "{\"links\": [\"https://user:pw@evil.example\"]}           | links",
        "{\"links\": [\"/relative/path\"]}                          | links",
        "{\"interests\": [\"\"]}                                   | interests",
        "{\"seniority\": \"INTERN\"}                                | seniority",
        "{\"offering\": [\"MONEY\"]}                                | offering",
        "{\"bio\": \"bell \\u0007 character\"}                      | bio",
        "{\"company\": \"%s\"}                                      | company",
        "{\"displayName\": \"%s\"}                                  | displayName"})
    void eachRefusedFieldIsNamed(String body, String field) {
        var person = stranger.api();

        var errors = person.putJson("/api/me/profile", body.formatted("c".repeat(121)))
                .fieldErrors(INVALID, field);

        assertThat(errors.get(0)).containsEntry("field", field);
    }

    @Test
    void thirtyInterestsAreFineButThirtyOneAreNot() {
        var tom = TestAccounts.signUpAndLogIn(anonymous, "Tom Thirty");
        String thirty = IntStream.rangeClosed(1, 30).mapToObj(i -> "\"tag " + i + "\"")
                .reduce((a, b) -> a + ", " + b).orElseThrow();

        var saved = TestProfiles.save(tom.api(), "{\"interests\": [" + thirty + "]}");
        assertThat((List<?>) saved.get("interests")).hasSize(30);

        tom.api().putJson("/api/me/profile", "{\"interests\": [" + thirty + ", \"tag 31\"]}")
                .fieldErrors(INVALID, "interests");
    }

    @Test
    void unknownFieldsAndWrongJsonTypesAreMalformed() {
        var unknown = stranger.api().putJson("/api/me/profile", "{\"headline\": \"x\", \"twitter\": \"@x\"}")
                .fieldErrors(MALFORMED, "twitter");
        assertThat(unknown.get(0)).containsEntry("message", "is not a known field");

        stranger.api().putJson("/api/me/profile", "{\"visibility\": [\"PUBLIC\"]}")
                .fieldErrors(MALFORMED, "visibility");
        stranger.api().putJson("/api/me/profile", "{\"interests\": {\"a\": 1}}")
                .fieldErrors(MALFORMED, "interests");
        assertThat(stranger.api().putJson("/api/me/profile", "{\"headline\": ").problem(400))
                .containsEntry("type", MALFORMED).containsEntry("detail", "The request body is not valid JSON.");
        assertThat(stranger.api().putJson("/api/me/profile", "").problem(400))
                .containsEntry("type", MALFORMED).containsEntry("detail", "The request needs a JSON body.");
    }

    @Test
    void ownProfileNeedsASignedInCaller() {
        var reply = anonymous.get("/api/me/profile");
        reply.problem(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        anonymous.putJson("/api/me/profile", "{\"headline\": \"x\"}").problem(401);
        anonymous.withToken("not-a-token").get("/api/me/profile").problem(401);
    }

    @Test
    void strangersSeeOnlyPublicFieldsAndHiddenFieldsAreAbsent() {
        var olaf = TestAccounts.signUpAndLogIn(anonymous, "Olaf Owner");
        TestProfiles.save(olaf.api(), LAYERED);

        var reply = stranger.api().get("/api/profiles/" + olaf.id());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.object()).containsOnlyKeys("accountId", "displayName", "relationship", "headline", "seeking")
                .containsEntry("accountId", olaf.id())
                .containsEntry("displayName", "Olaf Owner")
                .containsEntry("relationship", "NONE")
                .containsEntry("headline", "Building heat pumps")
                .containsEntry("seeking", List.of("COFOUNDER"));
        assertThat(reply.body()).doesNotContain("null", "Energy", "Warmth", "warmth.example", "ADVICE", "HVAC");
    }

    @Test
    void fellowAttendeesSeeAttendeesFieldsButNeitherConnectionsNorPrivateOnes() {
        var olaf = TestAccounts.signUpAndLogIn(anonymous, "Olaf Attending");
        var fay = TestAccounts.signUpAndLogIn(anonymous, "Fay Fellow");
        TestProfiles.save(olaf.api(), LAYERED);
        String event = TestEvents.published(organizer.api(), "Heat pump meetup", 20);
        TestEvents.registerConfirmed(olaf.api(), event);
        TestEvents.registerConfirmed(fay.api(), event);

        var seen = fay.api().get("/api/profiles/" + olaf.id()).object();

        assertThat(seen).containsOnlyKeys("accountId", "displayName", "relationship", "headline", "bio", "seniority",
                        "interests", "seeking")
                .containsEntry("relationship", "FELLOW_ATTENDEE")
                .containsEntry("bio", "Ten years in HVAC.")
                .containsEntry("seniority", "LEAD")
                .containsEntry("interests", List.of("Heat pumps", "Cycling"));
        assertThat(stranger.api().get("/api/profiles/" + olaf.id()).object())
                .containsEntry("relationship", "NONE").doesNotContainKeys("bio", "interests");
    }

    @Test
    void theOrganizerIsAFellowOfTheirAttendees() {
        var olaf = TestAccounts.signUpAndLogIn(anonymous, "Olaf Organized");
        TestProfiles.save(olaf.api(), LAYERED);
        String event = TestEvents.published(organizer.api(), "Organizer sees", 20);
        TestEvents.registerConfirmed(olaf.api(), event);

        assertThat(organizer.api().get("/api/profiles/" + olaf.id()).object())
                .containsEntry("relationship", "FELLOW_ATTENDEE").containsKey("bio").doesNotContainKey("company");
    }

    @Test
    void connectionsFieldsAppearOnceAMeetingRequestIsAcceptedAndPrivateOnesNever() {
        var olaf = TestAccounts.signUpAndLogIn(anonymous, "Olaf Connected");
        var cora = TestAccounts.signUpAndLogIn(anonymous, "Cora Connection");
        TestProfiles.save(olaf.api(), LAYERED);
        String event = TestEvents.published(organizer.api(), "Connect here", 20);
        TestEvents.registerConfirmed(olaf.api(), event);
        TestEvents.registerConfirmed(cora.api(), event);
        var sent = cora.api().postJson("/api/events/" + event + "/meeting-requests",
                "{\"toAccountId\": \"" + olaf.id() + "\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);

        var whilePending = cora.api().get("/api/profiles/" + olaf.id()).object();
        assertThat(whilePending).containsEntry("relationship", "FELLOW_ATTENDEE")
                .doesNotContainKeys("company", "links");

        var accepted = olaf.api().postEmpty("/api/events/" + event + "/meeting-requests/" + sent.object().get("id")
                + "/accept");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        var connected = cora.api().get("/api/profiles/" + olaf.id());
        assertThat(connected.object()).containsOnlyKeys("accountId", "displayName", "relationship", "headline", "bio",
                        "company", "seniority", "interests", "seeking", "links")
                .containsEntry("relationship", "CONNECTION")
                .containsEntry("company", "Warmth GmbH")
                .containsEntry("links", List.of("https://warmth.example/olaf"));
        assertThat(connected.body()).doesNotContain("Energy", "ADVICE");
        assertThat(olaf.api().get("/api/profiles/" + cora.id()).object()).containsEntry("relationship", "CONNECTION");
    }

    @Test
    void fieldsShownButEmptyAreEmptyRatherThanAbsent() {
        var eli = TestAccounts.signUpAndLogIn(anonymous, "Eli Empty");
        var fin = TestAccounts.signUpAndLogIn(anonymous, "Fin Fellow");
        String event = TestEvents.published(organizer.api(), "Empty profiles", 20);
        TestEvents.registerConfirmed(eli.api(), event);
        TestEvents.registerConfirmed(fin.api(), event);

        var seen = fin.api().get("/api/profiles/" + eli.id()).object();

        assertThat(seen).containsOnlyKeys("accountId", "displayName", "relationship", "headline", "bio", "company",
                        "industry", "interests", "seeking", "offering")
                .containsEntry("headline", "").containsEntry("bio", "").containsEntry("company", "")
                .containsEntry("industry", "").containsEntry("interests", List.of())
                .containsEntry("seeking", List.of()).containsEntry("offering", List.of());
    }

    @Test
    void theOwnerSeesEveryFieldOfTheirOwnProfileAsSelf() {
        var olaf = TestAccounts.signUpAndLogIn(anonymous, "Olaf Self");
        TestProfiles.save(olaf.api(), LAYERED);

        var self = olaf.api().get("/api/profiles/" + olaf.id()).object();

        assertThat(self).containsEntry("relationship", "SELF").containsEntry("industry", "Energy")
                .containsEntry("offering", List.of("ADVICE")).containsEntry("company", "Warmth GmbH")
                .doesNotContainKeys("visibility", "updatedAt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f1c2b1e-0000-4000-8000-000000000000", "not-an-id", "12345"})
    void anUnknownPersonIsNotFound(String id) {
        var problem = stranger.api().get("/api/profiles/" + id).problem(404);

        assertThat(problem).containsEntry("type", "urn:mingle:problem:not-found")
                .containsEntry("detail", "No such person.");
    }

    @Test
    void anErasedPersonIsNotFound() {
        var gone = TestAccounts.signUpAndLogIn(anonymous, "Gina Gone");
        TestProfiles.save(gone.api(), LAYERED);
        assertThat(stranger.api().get("/api/profiles/" + gone.id()).status()).isEqualTo(200);

        assertThat(gone.api().delete("/api/me").status()).isEqualTo(204);

        stranger.api().get("/api/profiles/" + gone.id()).problem(404);
    }

    @Test
    void otherProfilesNeedASignedInCaller() {
        anonymous.get("/api/profiles/" + stranger.id()).problem(401);
        anonymous.get("/api/profiles/not-an-id").problem(401);
    }

    @Test
    void interestSuggestionsComeFromProfilesThatShowThemToAttendees() {
        String tag = "zyx" + UUID.randomUUID().toString().substring(0, 6);
        var a = TestAccounts.signUpAndLogIn(anonymous, "Sue Suggest");
        var b = TestAccounts.signUpAndLogIn(anonymous, "Sid Suggest");
        var hidden = TestAccounts.signUpAndLogIn(anonymous, "Hal Hidden");
        TestProfiles.save(a.api(), "{\"interests\": [\"" + tag + " Robotics\", \"" + tag + " Art\"]}");
        TestProfiles.save(b.api(), "{\"interests\": [\"" + tag + " robotics\"]}");
        TestProfiles.save(hidden.api(), "{\"interests\": [\"" + tag + " Secret\"],"
                + " \"visibility\": {\"interests\": \"PRIVATE\"}}");

        var reply = stranger.api().get("/api/interests?q=" + tag.toUpperCase());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.array()).hasSize(2).first().asString().isEqualToIgnoringCase(tag + " robotics");
        assertThat(reply.array()).noneMatch(s -> s.toString().contains("Secret"));
        assertThat(stranger.api().get("/api/interests?q=" + tag + "&limit=1").array()).hasSize(1);
        assertThat(stranger.api().get("/api/interests?q=nothing-like-this-" + tag).array()).isEmpty();
        assertThat(stranger.api().get("/api/interests").array()).hasSizeLessThanOrEqualTo(10).isNotEmpty();
    }

    @Test
    void industrySuggestionsComeFromProfilesThatShowThem() {
        String industry = "Qwv" + UUID.randomUUID().toString().substring(0, 6);
        var a = TestAccounts.signUpAndLogIn(anonymous, "Ian Industry");
        var hidden = TestAccounts.signUpAndLogIn(anonymous, "Ida Hidden");
        TestProfiles.save(a.api(), "{\"industry\": \"" + industry + " Energy\"}");
        TestProfiles.save(hidden.api(), "{\"industry\": \"" + industry + " Secret\","
                + " \"visibility\": {\"industry\": \"CONNECTIONS\"}}");

        var reply = stranger.api().get("/api/industries?q=" + industry.toLowerCase() + "&limit=5");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.array()).containsExactly(industry + " Energy");
        assertThat(stranger.api().get("/api/industries?q=").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/interests", "/api/industries"})
    void suggestionsRefuseALimitOutsideOneToTwentyAndNeedASignedInCaller(String path) {
        stranger.api().get(path + "?limit=0").fieldErrors(INVALID, "limit");
        var errors = stranger.api().get(path + "?q=a&limit=21").fieldErrors(INVALID, "limit");
        assertThat(errors.get(0)).containsEntry("message", "must be between 1 and 20");
        stranger.api().get(path + "?limit=many").fieldErrors(INVALID, "limit");
        assertThat(stranger.api().get(path + "?limit=20").status()).isEqualTo(200);

        anonymous.get(path + "?q=a").problem(401);
    }
}
