package org.mingle.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** Changing an event (PATCH), and its lifecycle after publishing: cancel and complete. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventChangesApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person owner;
    private Person coOrganizer;
    private Person staff;
    private Person ada;
    private Person ben;
    private Person cleo;

    @BeforeAll
    void people() {
        anonymous = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(anonymous, "Olivia Owner");
        coOrganizer = TestAccounts.signUpAndLogIn(anonymous, "Cora Coorganizer");
        staff = TestAccounts.signUpAndLogIn(anonymous, "Stan Staff");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Attendee");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Attendee");
        cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Attendee");
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        String event = teamEvent(false);
        var before = owner.api().get("/api/events/" + event).object();

        var reply = patch(coOrganizer, event, """
                {"title": "Renamed", "venue": "Somewhere else", "capacity": 12}
                """);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var after = reply.object();
        assertThat(after).containsEntry("title", "Renamed").containsEntry("venue", "Somewhere else")
                .containsEntry("capacity", 12)
                .containsEntry("description", before.get("description"))
                .containsEntry("startsAt", before.get("startsAt"))
                .containsEntry("status", before.get("status"));
        assertThat(owner.api().get("/api/events/" + event).object()).isEqualTo(after);
    }

    @Test
    void patchWithNullRegistrationCloseRemovesItAndWithNullElsewhereChangesNothing() {
        String event = teamEvent(false);
        String closes = (String) owner.api().get("/api/events/" + event).object().get("startsAt");
        patch(owner, event, "{\"registrationClosesAt\": \"" + closes + "\"}");
        assertThat(owner.api().get("/api/events/" + event).object()).containsEntry("registrationClosesAt", closes);

        var reply = patch(owner, event, "{\"registrationClosesAt\": null, \"title\": null}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.object()).containsEntry("registrationClosesAt", null)
                .containsEntry("title", "Open meetup");
        assertThat(patch(owner, event, "{}").status()).isEqualTo(200);
    }

    @Test
    void patchAcceptsMergePatchMediaType() {
        String event = teamEvent(false);

        var reply = owner.api().send(HttpRequest.newBuilder(uri(event))
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", BodyPublishers.ofString("{\"title\": \"Merged\"}")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.object()).containsEntry("title", "Merged");
    }

    @Test
    void patchChangesTheNetworkingSettingsAndKeepsThemWhenLeftOut() {
        String event = teamEvent(false);

        var changed = patch(coOrganizer, event, "{\"excludeSameCompany\": true, \"maxPendingRequests\": 3}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.object()).containsEntry("excludeSameCompany", true).containsEntry("maxPendingRequests", 3);
        assertThat(patch(owner, event, "{\"title\": \"Still three\"}").object())
                .containsEntry("excludeSameCompany", true).containsEntry("maxPendingRequests", 3);
        assertThat(patch(owner, event, "{\"excludeSameCompany\": false}").object())
                .containsEntry("excludeSameCompany", false).containsEntry("maxPendingRequests", 3);
        patch(owner, event, "{\"maxPendingRequests\": 0}").fieldErrors(INVALID, "maxPendingRequests");
        patch(owner, event, "{\"maxPendingRequests\": \"many\"}")
                .fieldErrors("urn:mingle:problem:malformed-request", "maxPendingRequests");
    }

    @Test
    void patchValidatesTheEventAsItWouldBe() {
        String event = teamEvent(false);

        patch(owner, event, """
                {"title": " ", "endsAt": "2020-01-01T10:00:00Z", "timeZone": "Mars/Olympus", "capacity": 0}
                """).fieldErrors(INVALID, "title", "endsAt", "timeZone", "capacity");
        patch(owner, event, "{\"capacity\": \"many\"}").fieldErrors("urn:mingle:problem:malformed-request",
                "capacity");
        patch(owner, event, "{\"capacityy\": 3}").fieldErrors("urn:mingle:problem:malformed-request", "capacityy");
        patch(owner, event, "[").problem(400);
        owner.api().send(HttpRequest.newBuilder(uri(event)).header("Content-Type", "application/json")
                .method("PATCH", BodyPublishers.noBody())).problem(400);
    }

    @Test
    void loweringCapacityBelowTheConfirmedCountConflicts() {
        String event = teamEvent(true);
        register(ada, event);
        register(ben, event);

        var problem = patch(owner, event, "{\"capacity\": 1}").problem(409);

        assertThat(problem).containsEntry("type", "urn:mingle:problem:conflict")
                .containsEntry("detail", "The capacity cannot be lower than the 2 people already confirmed.");
        assertThat(patch(owner, event, "{\"capacity\": 2}").object()).containsEntry("capacity", 2);
    }

    @Test
    void raisingCapacityPromotesTheWaitlistAtOnce() {
        String event = teamEvent(true);
        patch(owner, event, "{\"capacity\": 1}");
        register(ada, event);
        register(ben, event);
        register(cleo, event);

        var reply = patch(owner, event, "{\"capacity\": 2}");

        assertThat(reply.object()).containsEntry("confirmedCount", 2).containsEntry("waitlistCount", 1);
        assertThat(ben.api().get("/api/events/" + event + "/registrations/me").object())
                .containsEntry("status", "CONFIRMED");
        assertThat(cleo.api().get("/api/events/" + event + "/registrations/me").object())
                .containsEntry("status", "WAITLISTED").containsEntry("waitlistPosition", 1);
    }

    @Test
    void onlyOrganizersPatchAndOthersSeeNothing() {
        String draft = teamEvent(false);
        String published = teamEvent(true);

        assertThat(patch(staff, draft, "{\"title\": \"x\"}").problem(403))
                .containsEntry("type", "urn:mingle:problem:forbidden");
        patch(ada, draft, "{\"title\": \"x\"}").problem(404);
        patch(ada, published, "{\"title\": \"x\"}").problem(403);
        anonymous.send(HttpRequest.newBuilder(uri(published)).header("Content-Type", "application/json")
                .method("PATCH", BodyPublishers.ofString("{}"))).problem(401);
        patch(owner, UUID.randomUUID().toString(), "{}").problem(404);
        patch(owner, "not-an-id", "{}").problem(404);
    }

    @Test
    void cancellingAPublishedEventAndThenAnythingElseConflicts() {
        String event = teamEvent(true);

        var cancelled = coOrganizer.api().postEmpty("/api/events/" + event + "/cancel");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.object()).containsEntry("status", "CANCELLED");
        assertThat(owner.api().postEmpty("/api/events/" + event + "/cancel").problem(409))
                .containsEntry("type", "urn:mingle:problem:conflict");
        owner.api().postEmpty("/api/events/" + event + "/complete").problem(409);
        owner.api().postEmpty("/api/events/" + event + "/publish").problem(409);
        patch(owner, event, "{\"title\": \"Back on\"}").problem(409);
    }

    @Test
    void aDraftCanBeCancelledButNotCompleted() {
        String draft = teamEvent(false);

        owner.api().postEmpty("/api/events/" + draft + "/complete").problem(409);
        assertThat(owner.api().postEmpty("/api/events/" + draft + "/cancel").object())
                .containsEntry("status", "CANCELLED");
    }

    @Test
    void completingAPublishedEventIsFinal() {
        String event = teamEvent(true);

        var completed = owner.api().postEmpty("/api/events/" + event + "/complete");

        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.object()).containsEntry("status", "COMPLETED");
        owner.api().postEmpty("/api/events/" + event + "/complete").problem(409);
        owner.api().postEmpty("/api/events/" + event + "/cancel").problem(409);
    }

    @Test
    void onlyOrganizersCancelOrComplete() {
        String event = teamEvent(true);
        for (String action : new String[] {"cancel", "complete"}) {
            String path = "/api/events/" + event + "/" + action;
            staff.api().postEmpty(path).problem(403);
            ada.api().postEmpty(path).problem(403);
            anonymous.postEmpty(path).problem(401);
            owner.api().postEmpty("/api/events/" + UUID.randomUUID() + "/" + action).problem(404);
        }
        assertThat(anonymous.get("/api/events/" + event).object()).containsEntry("status", "PUBLISHED");
    }

    /** An owner's event with the co-organizer and the staff member on its team. */
    private String teamEvent(boolean publish) {
        String event = TestEvents.create(owner.api(), TestEvents.json("Open meetup", 30));
        TestEvents.addToTeam(owner.api(), event, coOrganizer.email(), "CO_ORGANIZER");
        TestEvents.addToTeam(owner.api(), event, staff.email(), "CHECKIN_STAFF");
        if (publish) {
            assertThat(owner.api().postEmpty("/api/events/" + event + "/publish").status()).isEqualTo(200);
        }
        return event;
    }

    private java.net.URI uri(String event) {
        return java.net.URI.create("http://localhost:" + server.getPort() + "/api/events/" + event);
    }

    private Reply patch(Person person, String event, String body) {
        return person.api().send(HttpRequest.newBuilder(uri(event)).header("Content-Type", "application/json")
                .method("PATCH", BodyPublishers.ofString(body)));
    }

    private static void register(Person person, String event) {
        var reply = person.api().postEmpty("/api/events/" + event + "/registrations");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }
}
