package org.mingle.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocsApiTest implements MicronautPostgres {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient api;

    @BeforeAll
    void client() {
        api = new ApiClient(server, json);
    }

    @Test
    void servesTheGeneratedOpenApiDocument() {
        var reply = api.get("/api/openapi.yml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/yaml");
        assertThat(reply.body())
                .startsWith("openapi: 3.")
                .contains("title: Mingle API")
                .contains("  /api/events:\n", "  /api/events/{id}:\n", "  /api/events/{id}/publish:\n",
                        "  /api/health:\n")
                .contains("application/problem+json")
                .contains("    CreateEventRequest:", "    Event:", "    Problem:");
    }

    @Test
    void documentsBearerAuthenticationAndWhichOperationsUseIt() {
        String document = api.get("/api/openapi.yml").body();

        assertThat(document).contains("  /api/auth/signup:\n", "  /api/auth/login:\n", "  /api/auth/logout:\n",
                        "  /api/me:\n", "  /api/me/export:\n", "  /api/events/{id}/team:\n",
                        "  /api/events/{id}/team/{accountId}:\n")
                .contains("  securitySchemes:\n    bearerAuth:\n      type: http\n")
                .contains("      scheme: bearer\n      bearerFormat: JWT\n")
                .contains("    AccessToken:", "    SignUpRequest:", "    TeamMember:", "    TeamInvitation:",
                        "Retry-After");
        assertThat(operationsWithSecurity(document)).containsExactlyInAnyOrder(
                "post /api/auth/logout", "get /api/me", "delete /api/me", "get /api/me/export",
                "get /api/me/notifications", "post /api/me/notifications/{nid}/read",
                "post /api/me/notifications/read-all", "get /api/me/notification-settings",
                "put /api/me/notification-settings",
                "post /api/events/{id}/messages", "get /api/events/{id}/messages",
                "post /api/events", "get /api/events/{id}", "post /api/events/{id}/publish",
                "get /api/events/{id}/team", "post /api/events/{id}/team",
                "delete /api/events/{id}/team/{accountId}",
                "get /api/events/{id}/team/invitations", "delete /api/events/{id}/team/invitations/{iid}",
                "post /api/team-invitations/accept",
                "get /api/events/{id}/marks", "put /api/events/{id}/marks/{accountId}",
                "delete /api/events/{id}/marks/{accountId}", "get /api/events/{id}/curated-settings",
                "put /api/events/{id}/curated-settings", "post /api/events/{id}/curated-schedule",
                "get /api/events/{id}/curated-schedule", "post /api/events/{id}/curated-schedule/publish",
                "get /api/events/{id}/curated-schedule/me",
                "patch /api/events/{id}", "post /api/events/{id}/cancel", "post /api/events/{id}/complete",
                "get /api/events/{id}/calendar.ics",
                "post /api/events/{id}/registrations", "get /api/events/{id}/registrations",
                "get /api/events/{id}/registrations/me", "delete /api/events/{id}/registrations/me",
                "get /api/events/{id}/registrations/counts",
                "post /api/events/{id}/registrations/{rid}/approve", "post /api/events/{id}/registrations/{rid}/decline",
                "post /api/events/{id}/check-ins", "get /api/me/registrations",
                "get /api/me/profile", "put /api/me/profile", "get /api/profiles/{accountId}",
                "put /api/me/photo", "delete /api/me/photo", "get /api/profiles/{accountId}/photo",
                "get /api/interests", "get /api/industries", "get /api/events/{id}/recommendations",
                "post /api/events/{id}/recommendations/{accountId}/dismiss",
                "delete /api/events/{id}/recommendations/{accountId}/dismiss",
                "post /api/events/{id}/meeting-requests", "get /api/events/{id}/meeting-requests",
                "get /api/events/{id}/meeting-requests/{mid}", "post /api/events/{id}/meeting-requests/{mid}/accept",
                "post /api/events/{id}/meeting-requests/{mid}/decline",
                "post /api/events/{id}/meeting-requests/{mid}/cancel", "get /api/events/{id}/meetings/me",
                "get /api/me/blocks", "put /api/me/blocks/{accountId}", "delete /api/me/blocks/{accountId}",
                "post /api/events/{id}/rounds", "get /api/events/{id}/rounds", "get /api/events/{id}/rounds/me",
                "post /api/events/{id}/rounds/announcements",
                "get /api/events/{id}/meetings", "post /api/events/{id}/meetings/placements",
                "get /api/events/{id}/meetings/{mid}/free-slots", "post /api/events/{id}/meetings/{mid}/proposal",
                "delete /api/events/{id}/meetings/{mid}/proposal", "post /api/events/{id}/meetings/{mid}/held",
                "post /api/events/{id}/meetings/{mid}/proposal/accept",
                "get /api/events/{id}/sessions", "post /api/events/{id}/sessions",
                "delete /api/events/{id}/sessions/{sid}",
                "get /api/events/{id}/tables", "post /api/events/{id}/tables", "delete /api/events/{id}/tables/{tid}",
                "get /api/me/connect-code", "get /api/connect-codes/{code}", "post /api/events/{id}/connections",
                "get /api/me/connections", "get /api/me/connections/{cid}", "patch /api/me/connections/{cid}",
                "delete /api/me/connections/{cid}", "get /api/me/connections.vcf", "get /api/me/connections.csv",
                "get /api/events/{id}/report", "get /api/events/{id}/report/network",
                "get /api/events/{id}/report/connections.csv", "get /api/events/{id}/report/me",
                "post /api/events/{id}/webhooks", "get /api/events/{id}/webhooks",
                "delete /api/events/{id}/webhooks/{wid}", "get /api/events/{id}/webhooks/{wid}/deliveries",
                "post /api/groups", "get /api/groups/{idOrSlug}", "patch /api/groups/{id}",
                "post /api/groups/{id}/members", "delete /api/groups/{id}/members/me", "get /api/groups/{id}/members",
                "post /api/groups/{id}/members/{accountId}/approve", "put /api/groups/{id}/members/{accountId}",
                "get /api/groups/{id}/events", "get /api/groups/{id}/calendar.ics",
                "post /api/events/{id}/abuse-reports", "get /api/admin/abuse-reports",
                "post /api/admin/abuse-reports/{rid}/dismiss", "put /api/admin/events/{id}/listing",
                "delete /api/groups/{id}/members/{accountId}", "post /api/groups/{id}/abuse-reports",
                "put /api/admin/groups/{id}/listing",
                "get /api/events", "get /api/events/{id}/known-attendees", "get /api/groups/{id}/report",
                "post /api/groups/{id}/series", "post /api/groups/{id}/series/preview", "get /api/series/{id}",
                "post /api/series/{id}/extend", "get /api/search",
                "get /api/events/{id}/agenda", "post /api/events/{id}/agenda", "get /api/events/{id}/agenda/{talkId}",
                "put /api/events/{id}/agenda/{talkId}", "delete /api/events/{id}/agenda/{talkId}",
                "get /api/events/{id}/agenda/{talkId}/calendar.ics",
                "post /api/me/connections/{cid}/endorsements", "get /api/me/endorsements",
                "post /api/me/endorsements/{eid}/approve", "post /api/me/endorsements/{eid}/hide",
                "get /api/me/contacts/{accountId}", "put /api/me/contacts/{accountId}/keep-in-touch",
                "put /api/me/record/events/{eventId}", "delete /api/me/record/events/{eventId}",
                "put /api/events/{id}/availability", "delete /api/events/{id}/availability",
                "get /api/events/{id}/free-now", "post /api/events/{id}/free-now/{accountId}/meeting-requests",
                "get /api/events/{id}/categories", "put /api/events/{id}/categories",
                "put /api/events/{id}/registrations/{rid}/category");
    }

    @Test
    void documentsRegistrationIdempotencyAndTheOtherMediaTypes() {
        String document = api.get("/api/openapi.yml").body();

        assertThat(document).contains("    Registration:", "    EventRegistration:", "    EventRegistrationPage:",
                        "    RegistrationCounts:", "    CheckInRequest:", "    CheckIn:", "    UpdateEventRequest:")
                .contains("      - name: Idempotency-Key\n        in: header\n")
                .contains("            text/csv:", "text/calendar", "application/merge-patch+json")
                .contains("urn:mingle:problem:idempotency-key-reused");
        // events, registrations, team, check-ins, meeting requests, rounds, announcements, sessions, tables, proposal,
        // connections, organizer messages, webhooks, abuse reports of events and groups, groups and their members, series
        // and extending them, talks on an agenda, endorsements
        assertThat(document.split("- name: Idempotency-Key", -1)).hasSize(25);
    }

    @Test
    void documentsProfilesMatchingAndMeetings() {
        String document = api.get("/api/openapi.yml").body();

        assertThat(document).contains("  /api/me/profile:\n", "  /api/profiles/{accountId}:\n", "  /api/interests:\n",
                        "  /api/industries:\n", "  /api/events/{id}/recommendations:\n",
                        "  /api/events/{id}/meeting-requests:\n", "  /api/events/{id}/meeting-requests/{mid}/accept:\n",
                        "  /api/events/{id}/meetings/me:\n", "  /api/me/blocks/{accountId}:\n")
                .contains("    Profile:", "    ProfileView:", "    UpdateProfileRequest:", "    Recommendation:",
                        "    RecommendationReason:", "    CreateMeetingRequest:", "    MeetingRequest:",
                        "    MeetingRequestPage:", "    PersonSummary:", "    Meeting:", "    MeetingPage:",
                        "    BlockedPerson:", "    BlockPage:")
                .contains("  /api/events/{id}/rounds:\n", "  /api/events/{id}/rounds/me:\n")
                .contains("    PlanRoundsRequest:", "    RoundSchedule:", "    Round:", "    RoundTable:",
                        "    SeatedPerson:", "    MyRounds:", "    MyRound:", "    RoundCompanion:")
                .contains("  /api/events/{id}/rounds/announcements:\n", "  /api/events/{id}/meetings:\n",
                        "  /api/events/{id}/meetings/placements:\n", "  /api/events/{id}/meetings/{mid}/free-slots:\n",
                        "  /api/events/{id}/meetings/{mid}/proposal:\n",
                        "  /api/events/{id}/meetings/{mid}/proposal/accept:\n", "  /api/events/{id}/sessions:\n",
                        "  /api/events/{id}/sessions/{sid}:\n", "  /api/events/{id}/tables:\n",
                        "  /api/events/{id}/tables/{tid}:\n")
                .contains("    AnnouncedRound:", "    MeetingAgenda:", "    BookedMeeting:", "    WaitingMeeting:",
                        "    MeetingPlacements:", "    FreeSlots:", "    MeetingSlot:", "    MeetingTableRef:",
                        "    MeetingProposal:", "    ProposeMeetingTimeRequest:", "    NetworkingSession:",
                        "    NetworkingSessions:", "    CreateNetworkingSessionRequest:", "    MeetingTable:",
                        "    MeetingTables:", "    CreateMeetingTableRequest:")
                .contains("excludeSameCompany", "maxPendingRequests", "SHARED_INTEREST", "FELLOW_ATTENDEE")
                .doesNotContain("Response:\n", "Response\"");
    }

    @Test
    void documentsConnections() {
        String document = api.get("/api/openapi.yml").body();

        assertThat(document).contains("  /api/me/connect-code:\n", "  /api/connect-codes/{code}:\n",
                        "  /api/events/{id}/connections:\n", "  /api/me/connections:\n",
                        "  /api/me/connections/{cid}:\n", "  /api/me/connections.vcf:\n",
                        "  /api/me/connections.csv:\n")
                .contains("    ConnectCode:", "    ConnectTarget:", "    ConnectEvent:", "    Connection:",
                        "    ConnectionPage:", "    RecordConnectionRequest:", "    UpdateConnectionRequest:")
                .contains("            text/vcard:", "dueFollowUps", "MEETING_BOOKED", "COLLABORATION");
    }

    @Test
    void documentsReports() {
        String document = api.get("/api/openapi.yml").body();

        assertThat(document).contains("  /api/events/{id}/report:\n", "  /api/events/{id}/report/network:\n",
                        "  /api/events/{id}/report/connections.csv:\n", "  /api/events/{id}/report/me:\n")
                .contains("    EventReport:", "    MeetingRequestCounts:", "    InterestCount:", "    DegreeCount:",
                        "    FirstTimers:", "    SpeedNetworking:", "    OutcomeCount:", "    NetworkPicture:",
                        "    NetworkPerson:", "    AttendeeReport:")
                .contains("recommendationConversion", "fewerThan3", "<event-title-slug>-connections.csv");
    }

    /** "method path" of every operation with a {@code security} entry, read from the YAML's indentation. */
    private static List<String> operationsWithSecurity(String document) {
        var found = new ArrayList<String>();
        String path = null;
        String method = null;
        for (String line : document.split("\n")) {
            if (line.startsWith("  /")) {
                path = line.strip().replaceAll(":$", "");
                method = null;
            } else if (path != null && line.matches("    (get|post|put|patch|delete):")) {
                method = line.strip().replaceAll(":$", "");
            } else if (!line.startsWith(" ")) {
                path = null;
            } else if (method != null && line.equals("      security:")) {
                found.add(method + " " + path);
            }
        }
        return found;
    }

    @Test
    void leavesTestAndDocumentationRoutesOutOfTheDocument() {
        assertThat(api.get("/api/openapi.yml").body()).doesNotContain("/api/docs", "/api/openapi.yml", "test-failures");
    }

    @Test
    void servesABrowsablePagePointingSwaggerUiAtTheDocument() {
        var page = api.get("/api/docs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"swagger-ui\"></div>", "/api/docs/swagger-ui-bundle.js",
                "/api/docs/docs.js");

        var script = api.get("/api/docs/docs.js", "*/*"); // what a browser accepts for a script
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(script.header("Cache-Control")).isEqualTo("no-cache");
        // no badge image from validator.swagger.io: the page reaches no other server
        assertThat(script.body()).contains("url: \"/api/openapi.yml\"", "SwaggerUIBundle(", "validatorUrl: null");
    }

    @Test
    void servesSwaggerUiFilesFromTheWebJar() {
        var bundle = api.get("/api/docs/swagger-ui-bundle.js");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
        assertThat(bundle.body().length()).isGreaterThan(100_000);

        var css = api.get("/api/docs/swagger-ui.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
    }

    @Test
    void servesNoOtherFiles() {
        assertThat(api.get("/api/docs/swagger-initializer.js").problem(404)).containsEntry("type", "about:blank");
        assertThat(api.get("/api/docs/pom.properties").problem(404)).containsEntry("type", "about:blank");
    }
}
