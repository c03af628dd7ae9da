package org.mingle.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsApiTest implements MicronautPostgres {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    /** Anonymous: what anyone sees. */
    private ApiClient api;
    /** Signed in as the organizer who creates the events of these tests. */
    private ApiClient organizer;

    @BeforeAll
    void client() {
        api = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(api, "Olga Organizer").api();
    }

    @Test
    void createsADraftAnswering201WithLocationAndTheEvent() {
        var reply = organizer.postJson("/api/events", """
                {"title": "  Founders breakfast ", "description": "Coffee first.",
                 "startsAt": "2031-12-03T18:30:00+01:00", "endsAt": "2031-12-03T20:00:00Z",
                 "timeZone": "Europe/Berlin", "venue": "Factory Berlin", "capacity": 40,
                 "registrationClosesAt": "2031-12-02T12:00:00+01:00", "approvalRequired": true,
                 "perspectiveWeight": 0.75, "excludeSameCompany": true, "meetingRequestAllowance": 4,
                 "meetingRequestTtl": "PT12H",
                 "topics": [" Startups ", "startups", "Climate Tech"], "city": " Zürich ", "online": true}
                """);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        var event = reply.object();
        var id = (String) event.get("id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(reply.header("Location")).isEqualTo("/api/events/" + id);
        assertThat(event).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("id", id),
                Map.entry("title", "Founders breakfast"),
                Map.entry("description", "Coffee first."),
                Map.entry("startsAt", "2031-12-03T18:30:00+01:00"),
                Map.entry("endsAt", "2031-12-03T21:00:00+01:00"),
                Map.entry("timeZone", "Europe/Berlin"),
                Map.entry("venue", "Factory Berlin"),
                Map.entry("capacity", 40),
                Map.entry("registrationClosesAt", "2031-12-02T12:00:00+01:00"),
                Map.entry("approvalRequired", true),
                Map.entry("perspectiveWeight", 0.75),
                Map.entry("excludeSameCompany", true),
                Map.entry("maxPendingRequests", 4),
                Map.entry("meetingRequestAllowance", 4),
                Map.entry("meetingRequestTtl", "PT12H"),
                Map.entry("topics", List.of("startups", "climate tech")),
                Map.entry("city", "Zürich"),
                Map.entry("online", true),
                Map.entry("status", "DRAFT"),
                Map.entry("confirmedCount", 0),
                Map.entry("waitlistCount", 0)));
    }

    @Test
    void getAnswersTheEventAtItsLocation() {
        var created = organizer.postJson("/api/events", TestEvents.json("Design circle", 10));

        var reply = organizer.get(created.header("Location"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.object()).isEqualTo(created.object());
    }

    @Test
    void rendersInstantsWithTheOffsetOfTheEventsOwnTimeZone() {
        var reply = organizer.postJson("/api/events", """
                {"title": "Summer meetup", "startsAt": "2031-07-01T16:00:00Z", "endsAt": "2031-07-01T18:00:00Z",
                 "timeZone": "America/New_York", "capacity": 10}
                """);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.object())
                .containsEntry("startsAt", "2031-07-01T12:00:00-04:00")
                .containsEntry("endsAt", "2031-07-01T14:00:00-04:00")
                .containsEntry("registrationClosesAt", null)
                .containsEntry("description", "")
                .containsEntry("approvalRequired", false)
                .containsEntry("perspectiveWeight", 0.3)
                .containsEntry("excludeSameCompany", false)
                .containsEntry("maxPendingRequests", 10)
                .containsEntry("meetingRequestAllowance", 10)
                .containsEntry("meetingRequestTtl", "P2D")
                .containsEntry("topics", List.of())
                .containsEntry("city", "")
                .containsEntry("online", false);
    }

    @Test
    void refusesNetworkingSettingsOutOfRange() {
        for (String limit : new String[] {"0", "101"}) {
            var errors = organizer.postJson("/api/events",
                            TestEvents.with(TestEvents.json("Too many asks", 10), "\"maxPendingRequests\": " + limit))
                    .fieldErrors("urn:mingle:problem:invalid-input", "maxPendingRequests");
            assertThat(errors.get(0)).containsEntry("message", "must be between 1 and 100");
        }
        for (String ttl : new String[] {"\"2 days\"", "\"PT30M\"", "\"P15D\""}) {
            var errors = organizer.postJson("/api/events",
                            TestEvents.with(TestEvents.json("Long wait", 10), "\"meetingRequestTtl\": " + ttl))
                    .fieldErrors("urn:mingle:problem:invalid-input", "meetingRequestTtl");
            assertThat(errors).as(ttl).hasSize(1);
        }
        organizer.postJson("/api/events", TestEvents.with(TestEvents.json("Two names", 10),
                        "\"maxPendingRequests\": 3, \"meetingRequestAllowance\": 4"))
                .fieldErrors("urn:mingle:problem:invalid-input", "meetingRequestAllowance");
        organizer.postJson("/api/events",
                        TestEvents.with(TestEvents.json("Yes?", 10), "\"excludeSameCompany\": {\"yes\": true}"))
                .fieldErrors("urn:mingle:problem:malformed-request", "excludeSameCompany");
        assertThat(organizer.postJson("/api/events",
                TestEvents.with(TestEvents.json("Edge", 10), "\"maxPendingRequests\": 100")).object())
                .containsEntry("maxPendingRequests", 100);
    }

    @Test
    void publishingMakesTheEventPublishedAndASecondPublishConflicts() {
        var location = organizer.postJson("/api/events", TestEvents.json("Open source night", 12)).header("Location");

        var published = organizer.postEmpty(location + "/publish");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.object()).containsEntry("status", "PUBLISHED");
        assertThat(api.get(location).object()).containsEntry("status", "PUBLISHED");

        var again = organizer.postEmpty(location + "/publish").problem(409);
        assertThat(again).containsEntry("type", "urn:mingle:problem:conflict")
                .containsEntry("title", "Conflict")
                .containsEntry("detail", "An event that is PUBLISHED cannot become PUBLISHED.");
    }

    @Test
    void listsPublishedUpcomingEventsPagedAndSoonestFirstButNoDrafts() {
        String tag = "paging" + UUID.randomUUID().toString().substring(0, 8);
        for (int day = 21; day <= 25; day++) {
            publish(organizer.postJson("/api/events", TestEvents.json(tag + " day " + day, day)).header("Location"));
        }
        organizer.postJson("/api/events", TestEvents.json(tag + " draft", 22));

        var first = api.get("/api/events?q=" + tag + "&size=2");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.object()).containsEntry("page", 0).containsEntry("size", 2).containsEntry("total", 5);
        assertThat(first.list("items")).extracting(e -> e.get("title"))
                .containsExactly(tag + " day 21", tag + " day 22");

        var last = api.get("/api/events?q=" + tag + "&size=2&page=2");
        assertThat(last.object()).containsEntry("page", 2).containsEntry("total", 5);
        assertThat(last.list("items")).extracting(e -> e.get("title")).containsExactly(tag + " day 25");

        var beyond = api.get("/api/events?q=" + tag + "&size=2&page=3");
        assertThat(beyond.object()).containsEntry("total", 5);
        assertThat(beyond.list("items")).isEmpty();
    }

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        var reply = api.get("/api/events");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.object()).containsEntry("page", 0).containsEntry("size", 20).containsKey("total");
    }

    @Test
    void searchMatchesEveryWordInTitleDescriptionOrVenue() {
        String tag = "search" + UUID.randomUUID().toString().substring(0, 8);
        publish(organizer.postJson("/api/events", TestEvents.json(tag + " Rust meetup", 30)).header("Location"));
        publish(organizer.postJson("/api/events", TestEvents.json(tag + " Kotlin meetup", 31)).header("Location"));

        var reply = api.get("/api/events?q=" + URLEncoder.encode(tag + " rust", StandardCharsets.UTF_8));

        assertThat(reply.list("items")).extracting(e -> e.get("title")).containsExactly(tag + " Rust meetup");
    }

    @Test
    void filtersByTimeWindowGivenWithAnOffset() {
        String tag = "window" + UUID.randomUUID().toString().substring(0, 8);
        Instant early = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.MINUTES);
        Instant late = early.plus(Duration.ofDays(10));
        publish(organizer.postJson("/api/events", TestEvents.json(tag + " early", early, early.plus(Duration.ofHours(2))))
                .header("Location"));
        publish(organizer.postJson("/api/events", TestEvents.json(tag + " late", late, late.plus(Duration.ofHours(2))))
                .header("Location"));
        String from = URLEncoder.encode(TestEvents.berlin(early.plus(Duration.ofDays(5))), StandardCharsets.UTF_8);

        var fromMiddle = api.get("/api/events?q=" + tag + "&from=" + from);
        var toMiddle = api.get("/api/events?q=" + tag + "&to=" + from);

        assertThat(fromMiddle.list("items")).extracting(e -> e.get("title")).containsExactly(tag + " late");
        assertThat(toMiddle.list("items")).extracting(e -> e.get("title")).containsExactly(tag + " early");
    }

    @Test
    void draftsAreNotListed() {
        String tag = "drafts" + UUID.randomUUID().toString().substring(0, 8);
        organizer.postJson("/api/events", TestEvents.json(tag + " draft", 15));

        var reply = api.get("/api/events?q=" + tag);

        assertThat(reply.object()).containsEntry("total", 0);
        assertThat(reply.list("items")).isEmpty();
    }

    @Test
    void searchIgnoresAccentsAndCaseAndRanksTitleMatchesFirst() {
        String tag = "rank" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.published(organizer, TestEvents.json(tag + " evening", 20)
                .replace("Talks and drinks", "Founders from Zürich talk about hiring. Gründer welcome."));
        TestEvents.published(organizer, TestEvents.json(tag + " Zürich founders", 25));

        var reply = api.get("/api/events?q=" + URLEncoder.encode(tag + " zurich FOUNDER", StandardCharsets.UTF_8));

        assertThat(reply.list("items")).extracting(e -> e.get("title"))
                .containsExactly(tag + " Zürich founders", tag + " evening");
        assertThat(api.get("/api/events?q=" + URLEncoder.encode(tag + " grunder", StandardCharsets.UTF_8))
                .list("items")).extracting(e -> e.get("title")).containsExactly(tag + " evening");
    }

    @Test
    void filtersByTopicCityAndOnline() {
        String tag = "filter" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.published(organizer, TestEvents.with(TestEvents.json(tag + " in Zürich", 20),
                "\"topics\": [\"Startups\"], \"city\": \"Zürich\""));
        TestEvents.published(organizer, TestEvents.with(TestEvents.json(tag + " online", 21),
                "\"topics\": [\"startups\", \"AI\"], \"online\": true"));

        assertThat(titles("/api/events?q=" + tag + "&topic=STARTUPS"))
                .containsExactly(tag + " in Zürich", tag + " online");
        assertThat(titles("/api/events?q=" + tag + "&topic=ai")).containsExactly(tag + " online");
        assertThat(titles("/api/events?q=" + tag + "&city=zurich")).containsExactly(tag + " in Zürich");
        assertThat(titles("/api/events?q=" + tag + "&online=true")).containsExactly(tag + " online");
        assertThat(titles("/api/events?q=" + tag + "&online=false")).containsExactly(tag + " in Zürich");
        assertThat(titles("/api/events?q=" + tag + "&online=&topic=&city=")).hasSize(2);
    }

    @Test
    void changesTopicsCityAndOnlineByPatch() {
        String id = TestEvents.create(organizer, TestEvents.with(TestEvents.json("Patched discovery", 20),
                "\"topics\": [\"design\"], \"city\": \"Basel\""));

        var reply = organizer.patchJson("/api/events/" + id,
                "{\"topics\": [\"UX\", \"design\"], \"online\": true}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.object()).containsEntry("topics", List.of("ux", "design")).containsEntry("city", "Basel")
                .containsEntry("online", true);
        assertThat(organizer.patchJson("/api/events/" + id, "{\"city\": \"\", \"topics\": []}").object())
                .containsEntry("topics", List.of()).containsEntry("city", "");
    }

    @Test
    void refusesBadSearchInputWithFieldErrors() {
        String longText = "x".repeat(201);
        api.get("/api/events?q=" + longText)
                .fieldErrors("urn:mingle:problem:invalid-input", "q");
        api.get("/api/events?online=maybe")
                .fieldErrors("urn:mingle:problem:invalid-input", "online");
        api.get("/api/events?city=" + "c".repeat(101) + "&topic=" + "t".repeat(41))
                .fieldErrors("urn:mingle:problem:invalid-input", "city", "topic");
        organizer.postJson("/api/events", TestEvents.with(TestEvents.json("Topical", 10),
                        "\"topics\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\", \"k\"], "
                                + "\"city\": \"" + "c".repeat(101) + "\""))
                .fieldErrors("urn:mingle:problem:invalid-input", "topics", "city");
        organizer.postJson("/api/events", TestEvents.with(TestEvents.json("Topical", 10), "\"topics\": \"a\""))
                .fieldErrors("urn:mingle:problem:malformed-request", "topics");
    }

    @Test
    void aBlankSearchListsEverything() {
        var all = api.get("/api/events?size=100").object().get("total");

        assertThat(api.get("/api/events?size=100&q=%20%20").object()).containsEntry("total", all);
    }

    private List<Object> titles(String path) {
        var reply = api.get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.list("items").stream().map(e -> e.get("title")).toList();
    }

    private void publish(String location) {
        assertThat(organizer.postEmpty(location + "/publish").status()).isEqualTo(200);
    }
}
