package org.mingle.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.Rows;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/**
 * {@code Idempotency-Key} on the creating POSTs: a retry answers the first answer and creates nothing, whatever the
 * timing. What was created is counted in the database itself.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyApiTest implements MicronautPostgres {

    private static final String KEY = "Idempotency-Key";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    ApplicationContext context;

    private Rows rows;
    private ApiClient anonymous;
    private Person organizer;
    private Person ada;
    private Person ben;

    @BeforeAll
    void people() {
        rows = Rows.of(context);
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Attendee");
        ben = TestAccounts.signUpAndLogIn(anonymous, "Ben Attendee");
    }

    @Test
    void aRetriedRegistrationAnswersTheFirstAnswerAndCreatesNothing() {
        String event = TestEvents.published(organizer.api(), "Retry", 10);
        var client = ada.api().withHeader(KEY, UUID.randomUUID().toString());

        var first = client.postEmpty(registrations(event));
        var retry = client.postEmpty(registrations(event));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Content-Type")).startsWith("application/json");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(registrationsOf(event)).isEqualTo(1);
        assertThat(anonymous.get("/api/events/" + event).object()).containsEntry("confirmedCount", 1);

        // The control: without the key, the same request is a second attempt and is refused.
        ada.api().postEmpty(registrations(event)).problem(409);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndCreatesNothing() {
        var client = organizer.api().withHeader(KEY, "event-" + UUID.randomUUID());
        String title = "Keyed " + UUID.randomUUID();
        String other = "Other " + UUID.randomUUID();

        var first = client.postJson("/api/events", TestEvents.json(title, 20));
        var retry = client.postJson("/api/events", TestEvents.json(title, 20));
        var changed = client.postJson("/api/events", TestEvents.json(other, 20));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"))
                .isEqualTo("/api/events/" + first.object().get("id"));
        var problem = changed.problem(422);
        assertThat(problem).containsEntry("type", "urn:mingle:problem:idempotency-key-reused")
                .containsEntry("title", "Idempotency key reused");
        assertThat(rows.count("select count(*) from events where title = ?", title)).isEqualTo(1);
        assertThat(rows.count("select count(*) from events where title = ?", other)).isZero();
    }

    @Test
    void theBodyIsComparedByteForByte() {
        var client = organizer.api().withHeader(KEY, UUID.randomUUID().toString());
        String body = TestEvents.json("Bytes " + UUID.randomUUID(), 20);

        assertThat(client.postJson("/api/events", body).status()).isEqualTo(201);
        client.postJson("/api/events", body.replace(", ", ",  ")).problem(422);
    }

    @Test
    void theSameKeyOnAnotherPathIsRefused() {
        String one = TestEvents.published(organizer.api(), "Path one", 10);
        String two = TestEvents.published(organizer.api(), "Path two", 10);
        var client = ada.api().withHeader(KEY, UUID.randomUUID().toString());

        assertThat(client.postEmpty(registrations(one)).status()).isEqualTo(201);
        client.postEmpty(registrations(two)).problem(422);
        assertThat(registrationsOf(two)).isZero();
    }

    @Test
    void keysBelongToOneAccount() {
        String event = TestEvents.published(organizer.api(), "Shared key", 10);
        String key = UUID.randomUUID().toString();

        var adas = ada.api().withHeader(KEY, key).postEmpty(registrations(event));
        var bens = ben.api().withHeader(KEY, key).postEmpty(registrations(event));

        assertThat(adas.status()).isEqualTo(201);
        assertThat(bens.status()).isEqualTo(201);
        assertThat(bens.object().get("id")).isNotEqualTo(adas.object().get("id"));
        assertThat(bens.header("Idempotent-Replayed")).isNull();
        assertThat(registrationsOf(event)).isEqualTo(2);
    }

    @Test
    void aRefusedAttemptLeavesTheKeyFreeForTheCorrectedRetry() {
        String draft = TestEvents.create(organizer.api(), TestEvents.json("Not yet open", 20));
        var client = ada.api().withHeader(KEY, UUID.randomUUID().toString());
        client.postEmpty(registrations(draft)).problem(404);

        organizer.api().postEmpty("/api/events/" + draft + "/publish");
        var retry = client.postEmpty(registrations(draft));

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
    }

    @RepeatedTest(2)
    void twentyFiveParallelRequestsWithOneKeyCreateOneRegistration() throws Exception {
        String event = TestEvents.published(organizer.api(), "Stampede", 100);
        var client = ada.api().withHeader(KEY, UUID.randomUUID().toString());
        int parallel = 25;
        var pool = Executors.newFixedThreadPool(parallel);
        var start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return client.postEmpty(registrations(event));
                }));
            }
            start.countDown();
            var bodies = new ArrayList<String>();
            int firstAnswers = 0;
            for (var reply : replies) {
                var answer = reply.get(60, TimeUnit.SECONDS);
                assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                bodies.add(answer.body());
                firstAnswers += answer.header("Idempotent-Replayed") == null ? 1 : 0;
            }
            assertThat(bodies).containsOnly(bodies.get(0));
            assertThat(firstAnswers).as("requests that ran").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(registrationsOf(event)).isEqualTo(1);
        assertThat(anonymous.get("/api/events/" + event).object()).containsEntry("confirmedCount", 1);
    }

    @Test
    void keysExpireAfterADay() {
        String event = TestEvents.published(organizer.api(), "Expiry", 10);
        String key = UUID.randomUUID().toString();
        var client = ada.api().withHeader(KEY, key);
        assertThat(client.postEmpty(registrations(event)).status()).isEqualTo(201);

        rows.update("update idempotency_keys set created_at = now() - interval '24 hours 1 minute' where key = ?", key);

        // The key is forgotten: the request runs again, and registering twice is refused.
        client.postEmpty(registrations(event)).problem(409);
        assertThat(registrationsOf(event)).isEqualTo(1);
    }

    @Test
    void invalidKeysAreRefusedNamingTheHeader() {
        String event = TestEvents.published(organizer.api(), "Bad keys", 10);

        var errors = ada.api().withHeader(KEY, "k".repeat(201)).postEmpty(registrations(event))
                .fieldErrors("urn:mingle:problem:invalid-input", "Idempotency-Key");
        assertThat(errors.get(0).get("message")).isEqualTo("must have 1 to 200 characters");
        ada.api().withHeader(KEY, " ").postEmpty(registrations(event))
                .fieldErrors("urn:mingle:problem:invalid-input", "Idempotency-Key");
        assertThat(ada.api().withHeader(KEY, "k".repeat(200)).postEmpty(registrations(event)).status())
                .isEqualTo(201);
        assertThat(registrationsOf(event)).isEqualTo(1);
    }

    @Test
    void aRetriedTeamInvitationAnswersTheFirstAnswer() {
        String event = TestEvents.create(organizer.api(), TestEvents.json("Team retry", 20));
        var client = organizer.api().withHeader(KEY, UUID.randomUUID().toString());
        String body = "{\"email\": \"" + ben.email() + "\", \"role\": \"CHECKIN_STAFF\"}";

        var first = client.postJson("/api/events/" + event + "/team", body);
        var retry = client.postJson("/api/events/" + event + "/team", body);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        client.postJson("/api/events/" + event + "/team", body.replace("CHECKIN_STAFF", "CO_ORGANIZER"))
                .problem(422);
        assertThat(rows.count("select count(*) from audit_log where event_id = ?::uuid", event)).isEqualTo(1);
    }

    @Test
    void aRetriedCheckInAnswersTheFirstAnswer() {
        String event = TestEvents.published(organizer.api(), "Door retry", 10);
        String code = (String) ada.api().postEmpty(registrations(event)).object().get("checkInCode");
        var client = organizer.api().withHeader(KEY, UUID.randomUUID().toString());
        String body = "{\"checkInCode\": \"" + code + "\"}";

        var first = client.postJson("/api/events/" + event + "/check-ins", body);
        var retry = client.postJson("/api/events/" + event + "/check-ins", body);
        var withoutKey = organizer.api().postJson("/api/events/" + event + "/check-ins", body);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.object()).containsEntry("alreadyCheckedIn", false);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(withoutKey.object()).containsEntry("alreadyCheckedIn", true);
    }

    private static String registrations(String event) {
        return "/api/events/" + event + "/registrations";
    }

    private long registrationsOf(String event) {
        return rows.count("select count(*) from registrations where event_id = ?::uuid", event);
    }
}
