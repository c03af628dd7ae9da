package org.mingle.api.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** The caller's block list over HTTP, and what a block does to meeting requests. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlockApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person organizer;
    private Person pest;

    @BeforeAll
    void people() {
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        pest = TestAccounts.signUpAndLogIn(anonymous, "Pete Pest");
    }

    @Test
    void blockingAnswers204AndTheListShowsWhoAndSince() {
        var bea = TestAccounts.signUpAndLogIn(anonymous, "Bea Blocker");
        var other = TestAccounts.signUpAndLogIn(anonymous, "Oscar Other");

        var blocked = bea.api().putEmpty("/api/me/blocks/" + pest.id());
        assertThat(blocked.status()).as(blocked.body()).isEqualTo(204);
        assertThat(blocked.body()).isEmpty();
        bea.api().putEmpty("/api/me/blocks/" + other.id());

        var list = bea.api().get("/api/me/blocks");

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.header("Cache-Control")).isEqualTo("no-store");
        assertThat(list.object()).containsEntry("total", 2).containsEntry("page", 0).containsEntry("size", 20);
        var items = list.list("items");
        assertThat(items).extracting(b -> b.get("accountId")).containsExactly(other.id(), pest.id());
        assertThat(items.get(1)).containsOnlyKeys("accountId", "displayName", "since")
                .containsEntry("displayName", "Pete Pest");
        assertThat((String) items.get(1).get("since")).endsWith("Z");
        assertThat(bea.api().get("/api/me/blocks?size=1&page=1").list("items")).extracting(b -> b.get("accountId"))
                .containsExactly(pest.id());
        assertThat(pest.api().get("/api/me/blocks").object()).as("the blocked person is not told")
                .containsEntry("total", 0);
    }

    @Test
    void blockingTwiceIsHarmlessAndUnblockingIsIdempotent() {
        var bo = TestAccounts.signUpAndLogIn(anonymous, "Bo Twice");

        assertThat(bo.api().putEmpty("/api/me/blocks/" + pest.id()).status()).isEqualTo(204);
        assertThat(bo.api().putEmpty("/api/me/blocks/" + pest.id()).status()).isEqualTo(204);
        assertThat(bo.api().get("/api/me/blocks").object()).containsEntry("total", 1);

        var lifted = bo.api().delete("/api/me/blocks/" + pest.id());
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(204);
        assertThat(lifted.body()).isEmpty();
        assertThat(bo.api().get("/api/me/blocks").object()).containsEntry("total", 0);
        assertThat(bo.api().delete("/api/me/blocks/" + pest.id()).status()).isEqualTo(204);
        assertThat(bo.api().delete("/api/me/blocks/" + UUID.randomUUID()).status()).isEqualTo(204);
    }

    @Test
    void blockingYourselfIsRefused() {
        var self = TestAccounts.signUpAndLogIn(anonymous, "Sol Self");

        assertThat(self.api().putEmpty("/api/me/blocks/" + self.id()).problem(422))
                .containsEntry("type", "urn:mingle:problem:rule-violated")
                .containsEntry("detail", "You cannot block yourself.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f1c2b1e-0000-4000-8000-000000000000", "not-an-id"})
    void blockingSomeoneUnknownIsNotFound(String id) {
        assertThat(pest.api().putEmpty("/api/me/blocks/" + id).problem(404))
                .containsEntry("type", "urn:mingle:problem:not-found")
                .containsEntry("detail", "No such person.");
    }

    @Test
    void unblockingWithAnIdThatIsNoIdIsNotFound() {
        pest.api().delete("/api/me/blocks/not-an-id").problem(404);
    }

    @Test
    void blockingSomeoneErasedIsNotFound() {
        var gone = TestAccounts.signUpAndLogIn(anonymous, "Gil Gone");
        gone.api().delete("/api/me");

        pest.api().putEmpty("/api/me/blocks/" + gone.id()).problem(404);
    }

    @Test
    void blocksNeedASignedInCaller() {
        var reply = anonymous.get("/api/me/blocks");
        reply.problem(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        anonymous.putEmpty("/api/me/blocks/" + pest.id()).problem(401);
        anonymous.delete("/api/me/blocks/" + pest.id()).problem(401);
        anonymous.putEmpty("/api/me/blocks/not-an-id").problem(401);
    }

    @Test
    void theListRefusesBadPaging() {
        pest.api().get("/api/me/blocks?size=0").fieldErrors(INVALID, "size");
        pest.api().get("/api/me/blocks?page=-1").fieldErrors(INVALID, "page");
    }

    @Test
    void blockingClosesWhatIsPendingBetweenTheTwoButKeepsAMatch() {
        var bella = TestAccounts.signUpAndLogIn(anonymous, "Bella Blocks");
        var ray = TestAccounts.signUpAndLogIn(anonymous, "Ray Requests");
        var mo = TestAccounts.signUpAndLogIn(anonymous, "Mo Matched");
        String event = TestEvents.published(organizer.api(), "Block closes", 20);
        String other = TestEvents.published(organizer.api(), "Block closes elsewhere", 20);
        for (var person : java.util.List.of(bella, ray, mo)) {
            TestEvents.registerConfirmed(person.api(), event);
        }
        TestEvents.registerConfirmed(bella.api(), other);
        TestEvents.registerConfirmed(ray.api(), other);
        String incoming = sent(ray, event, bella);
        String outgoing = sent(bella, other, ray);
        String matched = sent(bella, event, mo);
        assertThat(mo.api().postEmpty(matched + "/accept").status()).isEqualTo(200);

        assertThat(bella.api().putEmpty("/api/me/blocks/" + ray.id()).status()).isEqualTo(204);
        assertThat(bella.api().putEmpty("/api/me/blocks/" + mo.id()).status()).isEqualTo(204);

        assertThat(ray.api().get(incoming).object()).containsEntry("status", "DECLINED");
        assertThat(ray.api().get(outgoing).object()).containsEntry("status", "CANCELLED");
        assertThat(bella.api().get(matched).object()).containsEntry("status", "ACCEPTED");
        assertThat(bella.api().get("/api/events/" + event + "/meetings/me").object()).containsEntry("total", 1);
        ray.api().postEmpty(incoming + "/cancel").problem(409);
    }

    private static String sent(Person from, String event, Person to) {
        var reply = from.api().postJson("/api/events/" + event + "/meeting-requests",
                "{\"toAccountId\": \"" + to.id() + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.header("Location");
    }
}
