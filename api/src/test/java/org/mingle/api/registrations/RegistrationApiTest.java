package org.mingle.api.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** Registering, cancelling, the waitlist and the registrant's own view, over HTTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationApiTest implements MicronautPostgres {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person organizer;
    private Person ada;
    private Person ben;
    private Person cleo;

    @BeforeAll
    void people() {
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Attendee");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Attendee");
        cleo = TestAccounts.signUpAndLogIn(anonymous, "Cleo Attendee");
    }

    @Test
    void registeringWhileSeatsRemainConfirmsAnswering201WithCodeAndLocation() {
        String event = TestEvents.published(organizer.api(), "Seats left", 10);

        var reply = register(ada, event);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Location")).isEqualTo("/api/events/" + event + "/registrations/me");
        var registration = reply.object();
        assertThat(registration).containsOnlyKeys("id", "eventId", "status", "checkInCode", "registeredAt")
                .containsEntry("eventId", event)
                .containsEntry("status", "CONFIRMED");
        assertThat(UUID.fromString((String) registration.get("id"))).isNotNull();
        assertThat((String) registration.get("checkInCode")).matches("[2-9A-Z]{10}");

        var atLocation = ada.api().get(reply.header("Location"));
        assertThat(atLocation.status()).isEqualTo(200);
        assertThat(atLocation.object()).isEqualTo(registration);
        assertThat(anonymous.get("/api/events/" + event).object())
                .containsEntry("confirmedCount", 1).containsEntry("waitlistCount", 0);
    }

    @Test
    void whenFullRegistrantsAreWaitlistedInOrderWithTheirPosition() {
        String event = TestEvents.published(organizer.api(), "Full house", 1);
        register(ada, event);

        var second = register(ben, event);
        var third = register(cleo, event);

        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.object()).containsEntry("status", "WAITLISTED").containsEntry("waitlistPosition", 1)
                .containsKey("checkInCode");
        assertThat(third.object()).containsEntry("status", "WAITLISTED").containsEntry("waitlistPosition", 2);
        assertThat(anonymous.get("/api/events/" + event).object())
                .containsEntry("confirmedCount", 1).containsEntry("waitlistCount", 2);
    }

    @Test
    void cancellingAConfirmedRegistrationPromotesTheFirstOnTheWaitlistAtOnce() {
        String event = TestEvents.published(organizer.api(), "Promotion", 1);
        register(ada, event);
        register(ben, event);
        register(cleo, event);
        assertThat(mineAt(ben, event)).doesNotContainKey("checkInCode");

        var cancelled = ada.api().delete("/api/events/" + event + "/registrations/me");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(204);
        assertThat(cancelled.body()).isEmpty();
        assertThat(mineAt(ada, event)).containsEntry("status", "CANCELLED");
        assertThat(mineAt(ben, event)).containsEntry("status", "CONFIRMED").doesNotContainKey("waitlistPosition")
                .containsKey("checkInCode");
        assertThat(mineAt(cleo, event)).containsEntry("status", "WAITLISTED").containsEntry("waitlistPosition", 1);
        assertThat(anonymous.get("/api/events/" + event).object())
                .containsEntry("confirmedCount", 1).containsEntry("waitlistCount", 1);
        var waitlist = organizer.api().get("/api/events/" + event + "/registrations?status=WAITLISTED");
        assertThat(waitlist.list("items")).extracting(r -> r.get("accountId"), r -> r.get("waitlistPosition"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(cleo.id(), 1));
    }

    @Test
    void cancellingTwiceOrWithoutRegistrationIsNotFound() {
        String event = TestEvents.published(organizer.api(), "Cancel twice", 5);
        register(ada, event);
        assertThat(ada.api().delete("/api/events/" + event + "/registrations/me").status()).isEqualTo(204);

        var again = ada.api().delete("/api/events/" + event + "/registrations/me").problem(404);
        assertThat(again).containsEntry("type", "urn:mingle:problem:not-found");
        ben.api().delete("/api/events/" + event + "/registrations/me").problem(404);
    }

    @Test
    void registeringAgainAfterCancellingIsAllowed() {
        String event = TestEvents.published(organizer.api(), "Come back", 5);
        register(ada, event);
        ada.api().delete("/api/events/" + event + "/registrations/me");

        var again = register(ada, event);

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(mineAt(ada, event)).containsEntry("status", "CONFIRMED")
                .containsEntry("id", again.object().get("id"));
    }

    @Test
    void registeringTwiceConflicts() {
        String event = TestEvents.published(organizer.api(), "Twice", 5);
        register(ada, event);

        var problem = register(ada, event).problem(409);

        assertThat(problem).containsEntry("type", "urn:mingle:problem:conflict")
                .containsEntry("detail", "You are already registered for this event.");
    }

    @Test
    void approvalRequiredEventsKeepRegistrationsPending() {
        String event = TestEvents.published(organizer.api(), TestEvents.json("Curated", 20, 5, true, null));

        var reply = register(ada, event);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.object()).containsEntry("status", "PENDING_APPROVAL").doesNotContainKey("waitlistPosition");
        assertThat(mineAt(ada, event)).containsEntry("status", "PENDING_APPROVAL").doesNotContainKey("checkInCode");
    }

    @Test
    void registeringForAnEventWhoseRegistrationHasClosedIsUnprocessable() {
        Instant closed = Instant.now().minus(Duration.ofHours(1));
        String event = TestEvents.published(organizer.api(), TestEvents.json("Closed", 20, 5, false, closed));

        var problem = register(ada, event).problem(422);

        assertThat(problem).containsEntry("type", "urn:mingle:problem:rule-violated")
                .containsEntry("detail", "Registration for this event has closed.");
    }

    @Test
    void registeringForADraftIsNotFoundForStrangersAndUnprocessableForTheTeam() {
        String draft = TestEvents.create(organizer.api(), TestEvents.json("Draft", 20));

        register(ada, draft).problem(404);
        assertThat(register(organizer, draft).problem(422))
                .containsEntry("type", "urn:mingle:problem:rule-violated");
    }

    @Test
    void registeringForACancelledOrCompletedEventIsUnprocessable() {
        String cancelled = TestEvents.published(organizer.api(), "Cancelled", 5);
        organizer.api().postEmpty("/api/events/" + cancelled + "/cancel");
        String completed = TestEvents.published(organizer.api(), "Completed", 5);
        organizer.api().postEmpty("/api/events/" + completed + "/complete");

        register(ada, cancelled).problem(422);
        register(ada, completed).problem(422);
    }

    @Test
    void registeringNeedsASignedInCaller() {
        String event = TestEvents.published(organizer.api(), "Anonymous", 5);

        var reply = anonymous.postEmpty("/api/events/" + event + "/registrations");

        reply.problem(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f1c2b1e-0000-4000-8000-000000000000", "not-an-id"})
    void registeringForAnUnknownEventIsNotFound(String id) {
        assertThat(ada.api().postEmpty("/api/events/" + id + "/registrations").problem(404))
                .containsEntry("type", "urn:mingle:problem:not-found");
        ada.api().delete("/api/events/" + id + "/registrations/me").problem(404);
        ada.api().get("/api/events/" + id + "/registrations/me").problem(404);
    }

    @Test
    void aJsonBodyIsAcceptedAndIgnored() {
        String event = TestEvents.published(organizer.api(), "With body", 5);

        var reply = ada.api().postJson("/api/events/" + event + "/registrations", "{}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    @Test
    void myRegistrationAtAnEventIsNotFoundBeforeRegistering() {
        String event = TestEvents.published(organizer.api(), "Not yet", 5);

        assertThat(ada.api().get("/api/events/" + event + "/registrations/me").problem(404))
                .containsEntry("detail", "You have not registered for this event.");
        anonymous.get("/api/events/" + event + "/registrations/me").problem(401);
    }

    @Test
    void myRegistrationsListEveryEventWithCodesOnlyWhenConfirmed() {
        var dana = TestAccounts.signUpAndLogIn(anonymous, "Dana Different");
        String confirmed = TestEvents.published(organizer.api(), "Mine confirmed", 5);
        String full = TestEvents.published(organizer.api(), "Mine full", 1);
        register(ada, full);
        var confirmedReply = register(dana, confirmed);
        register(dana, full);

        var reply = dana.api().get("/api/me/registrations");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.object()).containsEntry("page", 0).containsEntry("size", 20).containsEntry("total", 2);
        List<Map<String, Object>> items = reply.list("items");
        assertThat(items).extracting(r -> r.get("eventId")).containsExactlyInAnyOrder(confirmed, full);
        var atConfirmed = items.stream().filter(r -> r.get("eventId").equals(confirmed)).findFirst().orElseThrow();
        var atFull = items.stream().filter(r -> r.get("eventId").equals(full)).findFirst().orElseThrow();
        assertThat(atConfirmed).containsEntry("status", "CONFIRMED")
                .containsEntry("checkInCode", confirmedReply.object().get("checkInCode"))
                .containsEntry("id", confirmedReply.object().get("id"))
                .doesNotContainKey("waitlistPosition");
        assertThat(atFull).containsEntry("status", "WAITLISTED").containsEntry("waitlistPosition", 1)
                .doesNotContainKey("checkInCode");

        assertThat(dana.api().get("/api/me/registrations?size=1&page=1").list("items")).hasSize(1);
        anonymous.get("/api/me/registrations").problem(401);
    }

    @Test
    void myRegistrationsShowWhenAnEventIsCancelled() {
        var erin = TestAccounts.signUpAndLogIn(anonymous, "Erin Early");
        String event = TestEvents.published(organizer.api(), "Called off", 5);
        register(erin, event);

        organizer.api().postEmpty("/api/events/" + event + "/cancel");

        assertThat(anonymous.get("/api/events/" + event).object()).containsEntry("status", "CANCELLED");
        assertThat(erin.api().get("/api/me/registrations").list("items")).extracting(r -> r.get("eventId"))
                .containsExactly(event);
    }

    private static Reply register(Person person, String event) {
        return person.api().postEmpty("/api/events/" + event + "/registrations");
    }

    private static Map<String, Object> mineAt(Person person, String event) {
        var reply = person.api().get("/api/events/" + event + "/registrations/me");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object();
    }
}
