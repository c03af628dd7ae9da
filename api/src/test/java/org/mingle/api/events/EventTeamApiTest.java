package org.mingle.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
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

/** An event's team over HTTP: the owner gives and takes roles, the team sees the team. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventTeamApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private Person owner;
    private Person cora;
    private Person stan;

    @BeforeAll
    void people() {
        var api = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(api, "Olivia Owner");
        cora = TestAccounts.signUpAndLogIn(api, "Cora Coorganizer");
        stan = TestAccounts.signUpAndLogIn(api, "Stan Staff");
    }

    @Test
    void theOwnerAddsACoOrganizerAnswering201WithTheMember() {
        String event = newEvent();

        var reply = add(event, " " + cora.email().toUpperCase() + " ", "CO_ORGANIZER");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        var member = reply.object();
        assertThat(member).containsOnlyKeys("accountId", "displayName", "email", "role", "since")
                .containsEntry("accountId", cora.id())
                .containsEntry("displayName", "Cora Coorganizer")
                .containsEntry("email", cora.email())
                .containsEntry("role", "CO_ORGANIZER");
        var since = OffsetDateTime.parse((String) member.get("since"));
        assertThat(Duration.between(since.toInstant(), java.time.Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void theTeamIsListedOwnerFirstThenInTheOrderTheyJoined() {
        String event = newEvent();
        add(event, stan.email(), "CHECKIN_STAFF");
        add(event, cora.email(), "CO_ORGANIZER");

        var team = owner.api().get("/api/events/" + event + "/team");

        assertThat(team.status()).isEqualTo(200);
        assertThat(team.object()).containsEntry("page", 0).containsEntry("size", 20).containsEntry("total", 3);
        assertThat(team.list("items")).extracting(m -> m.get("accountId"), m -> m.get("role")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(owner.id(), "OWNER"),
                org.assertj.core.groups.Tuple.tuple(stan.id(), "CHECKIN_STAFF"),
                org.assertj.core.groups.Tuple.tuple(cora.id(), "CO_ORGANIZER"));

        var secondPage = stan.api().get("/api/events/" + event + "/team?page=1&size=2");
        assertThat(secondPage.object()).containsEntry("page", 1).containsEntry("size", 2).containsEntry("total", 3);
        assertThat(secondPage.list("items")).extracting(m -> m.get("accountId")).containsExactly(cora.id());
    }

    @Test
    void addingSomeoneAgainChangesTheirRole() {
        String event = newEvent();
        add(event, stan.email(), "CHECKIN_STAFF");

        var changed = add(event, stan.email(), "CO_ORGANIZER");

        assertThat(changed.status()).isEqualTo(201);
        assertThat(changed.object()).containsEntry("role", "CO_ORGANIZER");
        assertThat(owner.api().get("/api/events/" + event + "/team").list("items")).hasSize(2);
        assertThat(stan.api().postEmpty("/api/events/" + event + "/publish").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OWNER", "BOSS", "co_organizer", ""})
    void onlyCoOrganizerAndCheckInStaffCanBeGiven(String role) {
        var errors = add(newEvent(), cora.email(), role).fieldErrors(INVALID, "role");

        assertThat(errors.get(0)).containsEntry("message", "must be CO_ORGANIZER or CHECKIN_STAFF");
    }

    @Test
    void aMissingRoleIsNamed() {
        owner.api().postJson("/api/events/" + newEvent() + "/team", """
                {"email": "%s"}
                """.formatted(cora.email())).fieldErrors(INVALID, "role");
    }

    @Test
    void anAddressWithoutAnAccountIsInvitedInstead() {
        var reply = add(newEvent(), TestAccounts.uniqueEmail("stranger"), "CO_ORGANIZER");

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(reply.object()).containsEntry("status", "INVITED").doesNotContainKey("accountId");
    }

    @Test
    void theOwnerCannotBeGivenAnotherRole() {
        add(newEvent(), owner.email(), "CO_ORGANIZER").fieldErrors(INVALID, "email");
    }

    @Test
    void unknownFieldsAreRefused() {
        owner.api().postJson("/api/events/" + newEvent() + "/team", """
                {"email": "%s", "role": "CO_ORGANIZER", "permissions": "all"}
                """.formatted(cora.email())).fieldErrors("urn:mingle:problem:malformed-request", "permissions");
    }

    @Test
    void removingAMemberEndsTheirAccessToTheDraft() {
        String event = newEvent();
        add(event, cora.email(), "CO_ORGANIZER");
        assertThat(cora.api().get("/api/events/" + event).status()).isEqualTo(200);

        var removed = owner.api().delete("/api/events/" + event + "/team/" + cora.id());

        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(owner.api().get("/api/events/" + event + "/team").list("items"))
                .extracting(m -> m.get("accountId")).containsExactly(owner.id());
        assertThat(cora.api().get("/api/events/" + event).problem(404))
                .containsEntry("type", "urn:mingle:problem:not-found");
    }

    @Test
    void removingSomeoneNotOnTheTeamChangesNothing() {
        String event = newEvent();

        assertThat(owner.api().delete("/api/events/" + event + "/team/" + stan.id()).status()).isEqualTo(204);
        assertThat(owner.api().delete("/api/events/" + event + "/team/" + UUID.randomUUID()).status())
                .isEqualTo(204);
        assertThat(owner.api().get("/api/events/" + event + "/team").object()).containsEntry("total", 1);
    }

    @Test
    void aMalformedMemberIdIsNotFound() {
        assertThat(owner.api().delete("/api/events/" + newEvent() + "/team/not-an-id").problem(404))
                .containsEntry("type", "urn:mingle:problem:not-found");
    }

    @Test
    void aPageSizeAboveAHundredIsRefused() {
        owner.api().get("/api/events/" + newEvent() + "/team?size=101").fieldErrors(INVALID, "size");
    }

    private String newEvent() {
        var created = owner.api().postJson("/api/events", TestEvents.json("Team test " + UUID.randomUUID(), 30));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.object().get("id");
    }

    private Reply add(String event, String email, String role) {
        return owner.api().postJson("/api/events/" + event + "/team", """
                {"email": "%s", "role": "%s"}
                """.formatted(email, role));
    }
}
