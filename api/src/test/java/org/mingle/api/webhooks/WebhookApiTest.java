package org.mingle.api.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.api.TestProfiles;
import org.mingle.domain.events.EventId;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Webhooks end to end: created over HTTP, told about changes by the worker running in the server, received by a real
 * HTTP receiver on 127.0.0.1 (allowed here with {@code mingle.webhooks.allow-private}) that checks the signature as a
 * receiver's own code would.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookApiTest implements MicronautPostgres {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    RegistrationService registrations;

    @Inject
    TransactionOperations<Connection> transactions;

    private WebhookReceiver receiver;
    private Person owner;
    private Person ada;
    private Person ben;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.put("mingle.webhooks.allow-private", "true");
        properties.put("mingle.webhooks.poll-interval", "100ms");
        properties.put("mingle.webhooks.retry-delay", "300ms");
        return properties;
    }

    @BeforeAll
    void world() {
        receiver = WebhookReceiver.start();
        var api = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(api, "Olga Owner");
        ada = TestAccounts.signUpAndLogIn(api, "Ada Attendee");
        ben = TestAccounts.signUpAndLogIn(api, "Ben Attendee");
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void creatingAnswers201WithTheSecretWhichTheListNeverShows() {
        String event = TestEvents.published(owner.api(), "Webhook listing", 10);

        var created = create(event, receiver.url("/listing"), "registration.created", "event.updated");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.object()).containsOnlyKeys("id", "url", "types", "secret")
                .containsEntry("url", receiver.url("/listing"))
                .containsEntry("types", List.of("registration.created", "event.updated"));
        String secret = (String) created.object().get("secret");
        assertThat(secret).startsWith("whsec_").hasSize(6 + 64);
        var list = owner.api().get("/api/events/" + event + "/webhooks");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.object()).containsEntry("page", 0).containsEntry("size", 20).containsEntry("total", 1);
        assertThat(list.list("items")).singleElement().satisfies(item -> assertThat(item)
                .containsOnlyKeys("id", "url", "types", "createdAt")
                .containsEntry("id", created.object().get("id")));
        assertThat(list.body()).doesNotContain(secret);
    }

    @Test
    void theSameIdempotencyKeyCreatesOneWebhookAndAnswersTheSameAgain() {
        String event = TestEvents.published(owner.api(), "Webhook idempotency", 10);
        var client = owner.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        String body = body(receiver.url("/idempotent"), "event.updated");

        var first = client.postJson("/api/events/" + event + "/webhooks", body);
        var again = client.postJson("/api/events/" + event + "/webhooks", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.object().get("id")).isEqualTo(first.object().get("id"));
        assertThat(owner.api().get("/api/events/" + event + "/webhooks").object()).containsEntry("total", 1);
    }

    @Test
    void aDeliveryIsSignedAndARetryAfter500CarriesTheSameId() throws Exception {
        String event = TestEvents.published(owner.api(), "Webhook retries", 10);
        receiver.answer("/retry", 500);
        var created = create(event, receiver.url("/retry"), "registration.created");
        String secret = (String) created.object().get("secret");

        TestEvents.registerConfirmed(ada.api(), event);

        var requests = receiver.await("/retry", 2, PATIENCE);
        assertThat(requests).hasSize(2);
        var first = read(requests.get(0).body());
        var second = read(requests.get(1).body());
        assertThat(second.get("id")).isEqualTo(first.get("id"));
        assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
        assertThat(first).containsOnlyKeys("id", "type", "createdAt", "data").containsEntry("type",
                "registration.created");
        String registrationId = (String) ada.api().get("/api/events/" + event + "/registrations/me").object()
                .get("id");
        assertThat(first.get("data")).isEqualTo(Map.of("eventId", event, "registrationId", registrationId,
                "accountId", ada.id(), "status", "CONFIRMED"));
        for (var request : requests) {
            assertThat(request.contentType()).startsWith("application/json");
            assertThat(WebhookReceiver.verify(secret, request.signature(), request.body()))
                    .as(request.signature()).isTrue();
        }
        // The check can fail: another body or another secret does not verify.
        assertThat(WebhookReceiver.verify(secret, requests.get(0).signature(),
                requests.get(0).body().replace("CONFIRMED", "WAITLISTED"))).isFalse();
        assertThat(WebhookReceiver.verify(secret + "0", requests.get(0).signature(), requests.get(0).body())).isFalse();

        var delivery = awaitDelivered(event, (String) created.object().get("id"));
        assertThat(delivery).containsEntry("id", first.get("id")).containsEntry("type", "registration.created");
        @SuppressWarnings("unchecked")
        var attempts = (List<Map<String, Object>>) delivery.get("attempts");
        assertThat(attempts).extracting(a -> a.get("attempt"), a -> a.get("statusCode"), a -> a.get("responseBody"))
                .containsExactly(tuple(1, 500, "try again later"),
                        tuple(2, 200, "ok, got it"));
    }

    @Test
    void aWebhookHearsNothingOfTypesItDidNotSubscribeTo() throws Exception {
        String event = TestEvents.published(owner.api(), "Webhook types", 10);
        var checkIns = create(event, receiver.url("/check-ins-only"), "checkin.created");
        create(event, receiver.url("/registrations-only"), "registration.created");

        TestEvents.registerConfirmed(ben.api(), event);

        receiver.await("/registrations-only", 1, PATIENCE);
        Thread.sleep(500); // several passes of the worker
        assertThat(receiver.at("/check-ins-only")).isEmpty();
        var log = owner.api().get("/api/events/" + event + "/webhooks/" + checkIns.object().get("id")
                + "/deliveries");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.object()).containsEntry("total", 0);
    }

    @Test
    void aRolledBackChangeSendsNothingAndTheSameChangeCommittedSendsOnce() throws Exception {
        String event = TestEvents.published(owner.api(), "Webhook rollback", 10);
        var webhook = create(event, receiver.url("/rollback"), "registration.created");
        var eventId = EventId.fromString(event);
        var account = new AccountId(UUID.fromString(ada.id()));

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            registrations.register(account, eventId);
            throw new IllegalStateException("rolled back after registering");
        })).hasMessageContaining("rolled back");
        registrations.register(account, eventId);

        receiver.await("/rollback", 1, PATIENCE);
        Thread.sleep(500); // several passes of the worker
        assertThat(receiver.at("/rollback")).hasSize(1);
        var log = owner.api().get("/api/events/" + event + "/webhooks/" + webhook.object().get("id")
                + "/deliveries");
        assertThat(log.object()).containsEntry("total", 1);
    }

    @Test
    void eachKindOfChangeReachesAWebhookSubscribedToAll() throws Exception {
        String event = TestEvents.published(owner.api(), TestEvents.json("Webhook kinds", 10, 1, false, null));
        create(event, receiver.url("/all"), "registration.created", "registration.promoted",
                "registration.cancelled", "checkin.created", "connection.created", "meeting.accepted",
                "event.updated");
        for (var person : List.of(ada, ben)) {
            TestProfiles.save(person.api(), """
                    {"headline": "Building heat pumps", "interests": ["heat pumps"]}""");
        }

        TestEvents.registerConfirmed(ada.api(), event);
        assertThat(ben.api().postEmpty("/api/events/" + event + "/registrations").status()).isEqualTo(201);
        assertThat(ada.api().delete("/api/events/" + event + "/registrations/me").status()).isEqualTo(204);
        assertThat(owner.api().patchJson("/api/events/" + event, "{\"capacity\": 5}").status()).isEqualTo(200);
        TestEvents.registerConfirmed(ada.api(), event);
        String code = (String) ben.api().get("/api/events/" + event + "/registrations/me").object()
                .get("checkInCode");
        assertThat(owner.api().postJson("/api/events/" + event + "/check-ins",
                "{\"checkInCode\": \"" + code + "\"}").status()).isEqualTo(200);
        var recorded = ada.api().postJson("/api/events/" + event + "/connections",
                "{\"accountId\": \"" + ben.id() + "\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        var asked = ben.api().postJson("/api/events/" + event + "/meeting-requests",
                "{\"toAccountId\": \"" + ada.id() + "\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        var accepted = ada.api().postEmpty("/api/events/" + event + "/meeting-requests/" + asked.object().get("id")
                + "/accept");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        var types = receiver.await("/all", 9, PATIENCE).stream().map(request -> (String) read(request.body())
                .get("type")).toList();
        assertThat(types).containsExactlyInAnyOrder("registration.created", "registration.created",
                "registration.cancelled", "registration.promoted", "event.updated", "registration.created",
                "checkin.created", "connection.created", "meeting.accepted");
    }

    @Test
    void aDeletedWebhookIsGoneAndItsPathsAnswer404() {
        String event = TestEvents.published(owner.api(), "Webhook deletion", 10);
        String webhook = "/api/events/" + event + "/webhooks/" + create(event, receiver.url("/deleted"),
                "event.updated").object().get("id");

        assertThat(owner.api().delete(webhook).status()).isEqualTo(204);

        assertThat(owner.api().get("/api/events/" + event + "/webhooks").object()).containsEntry("total", 0);
        assertThat(owner.api().delete(webhook).status()).isEqualTo(404);
        assertThat(owner.api().get(webhook + "/deliveries").status()).isEqualTo(404);
        assertThat(owner.api().get("/api/events/" + event + "/webhooks/not-an-id/deliveries").status())
                .isEqualTo(404);
        var tooBig = owner.api().get("/api/events/" + event + "/webhooks?size=101");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body()).contains("\"field\":\"size\"");
    }

    private Reply create(String event, String url, String... types) {
        var reply = owner.api().postJson("/api/events/" + event + "/webhooks", body(url, types));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply;
    }

    private static String body(String url, String... types) {
        return "{\"url\": \"" + url + "\", \"types\": [" + String.join(", ",
                Arrays.stream(types).map(type -> "\"" + type + "\"").toList()) + "]}";
    }

    private Map<String, Object> awaitDelivered(String event, String webhook) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            var log = owner.api().get("/api/events/" + event + "/webhooks/" + webhook + "/deliveries");
            assertThat(log.status()).as(log.body()).isEqualTo(200);
            var items = log.list("items");
            if (!items.isEmpty() && "DELIVERED".equals(items.get(0).get("state"))) {
                assertThat(items).hasSize(1);
                return items.get(0);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("not delivered: " + log.body());
            }
            Thread.sleep(50);
        }
    }

    private Map<String, Object> read(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
