package org.mingle.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
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
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.TestMailServer;

/**
 * Team invitations over HTTP, with the link read from real mail received over SMTP: an address without an account is
 * invited (202), signs up and accepts into the team; the owner lists and withdraws pending invitations.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamInvitationApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final TestMailServer SMTP = new TestMailServer().start();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private ApiClient api;
    private Person owner;
    private Person cora;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.putAll(SMTP.micronautProperties());
        return properties;
    }

    @BeforeAll
    void people() {
        api = new ApiClient(server, json);
        owner = TestAccounts.signUpAndLogIn(api, "Olivia Owner");
        cora = TestAccounts.signUpAndLogIn(api, "Cora Coorganizer");
    }

    @AfterAll
    void stopMail() {
        SMTP.stop();
    }

    @Test
    void anAddressWithoutAnAccountIsInvitedSignsUpAndJoinsTheTeam() throws Exception {
        String event = newEvent();
        String email = TestAccounts.uniqueEmail("grace");

        var invited = invite(event, " " + email.toUpperCase() + " ", "CHECKIN_STAFF");

        assertThat(invited.status()).as(invited.body()).isEqualTo(202);
        assertThat(invited.object()).containsOnlyKeys("id", "email", "role", "status", "invitedBy", "sentAt",
                        "expiresAt")
                .containsEntry("email", email).containsEntry("role", "CHECKIN_STAFF")
                .containsEntry("status", "INVITED").containsEntry("invitedBy", "Olivia Owner");
        var expiresAt = OffsetDateTime.parse((String) invited.object().get("expiresAt")).toInstant();
        assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofDays(13), Duration.ofDays(14));

        MimeMessage mail = SMTP.awaitTo(email, 1).get(0);
        assertThat(mail.getSubject()).startsWith("Olivia Owner invites you to the team of Team invitations ");
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
        String link = TestMailServer.link(mail, "http://localhost:" + server.getPort() + "/team-invitation?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());

        var pending = owner.api().get("/api/events/" + event + "/team/invitations");
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.object()).containsEntry("total", 1);
        assertThat(pending.list("items")).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("id", invited.object().get("id")));

        var grace = TestAccounts.signUpAndLogIn(api, email, "Grace Newcomer");
        var joined = accept(grace, token);

        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.object()).containsExactlyInAnyOrderEntriesOf(Map.of("eventId", event, "role",
                "CHECKIN_STAFF"));
        assertThat(accept(grace, token).status()).as("accepting again answers the same").isEqualTo(200);
        assertThat(owner.api().get("/api/events/" + event + "/team").list("items"))
                .extracting(m -> m.get("accountId"), m -> m.get("role"))
                .contains(org.assertj.core.groups.Tuple.tuple(grace.id(), "CHECKIN_STAFF"));
        assertThat(grace.api().get("/api/events/" + event).status()).as("the draft opens to the team").isEqualTo(200);
        assertThat(owner.api().get("/api/events/" + event + "/team/invitations").object()).containsEntry("total", 0);
        assertThat(owner.api().delete("/api/events/" + event + "/team/invitations/" + invited.object().get("id"))
                .problem(409)).containsEntry("type", "urn:mingle:problem:conflict");
    }

    @Test
    void anAddressWithAnAccountJoinsAtOnceAndFindsANotification() {
        String event = newEvent();

        var added = invite(event, cora.email(), "CO_ORGANIZER");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.object()).containsEntry("accountId", cora.id()).containsEntry("role", "CO_ORGANIZER");
        assertThat(cora.api().get("/api/me/notifications?unread=true").list("items"))
                .anySatisfy(notice -> assertThat(notice).containsEntry("kind", "TEAM_INVITATION")
                        .containsEntry("eventId", event)
                        .satisfies(n -> assertThat((String) n.get("link")).endsWith("/events/" + event + "/manage")));
    }

    @Test
    void anotherAccountCannotUseTheLinkAndBrokenLinksSaySo() {
        String event = newEvent();
        String email = TestAccounts.uniqueEmail("hopper");
        invite(event, email, "CO_ORGANIZER");
        String token = tokenMailedTo(email);

        assertThat((String) accept(cora, token).problem(422).get("detail")).contains("This invitation is for " + email);
        var damaged = accept(cora, token.substring(0, token.length() - 4)).fieldErrors(INVALID, "token");
        assertThat((String) damaged.get(0).get("message")).startsWith("This link is not valid");
        accept(cora, null).fieldErrors(INVALID, "token");
        assertThat(api.postJson("/api/team-invitations/accept", "{\"token\": \"" + token + "\"}").problem(401))
                .containsEntry("type", "urn:mingle:problem:unauthenticated");
        cora.api().postJson("/api/team-invitations/accept", "{\"token\": \"x\", \"role\": \"OWNER\"}")
                .fieldErrors("urn:mingle:problem:malformed-request", "role");
    }

    @Test
    void theOwnerWithdrawsAnInvitationAndItsLinkThenSaysSo() {
        String event = newEvent();
        String email = TestAccounts.uniqueEmail("withdrawn");
        String id = (String) invite(event, email, "CHECKIN_STAFF").object().get("id");
        String token = tokenMailedTo(email);

        assertThat(cora.api().delete("/api/events/" + event + "/team/invitations/" + id).status()).isEqualTo(404);
        assertThat(owner.api().delete("/api/events/" + event + "/team/invitations/" + id).status()).isEqualTo(204);
        assertThat(owner.api().delete("/api/events/" + event + "/team/invitations/" + id).status()).isEqualTo(204);
        assertThat(owner.api().delete("/api/events/" + event + "/team/invitations/not-an-id").problem(404))
                .containsEntry("type", "urn:mingle:problem:not-found");

        assertThat(owner.api().get("/api/events/" + event + "/team/invitations").object()).containsEntry("total", 0);
        var late = TestAccounts.signUpAndLogIn(api, email, "Wes Withdrawn");
        assertThat(accept(late, token).fieldErrors(INVALID, "token").get(0))
                .containsEntry("message", "The organizer withdrew this invitation.");
    }

    @Test
    void invitingAgainReplacesThePendingInvitation() {
        String event = newEvent();
        String email = TestAccounts.uniqueEmail("twice");
        var first = invite(event, email, "CHECKIN_STAFF");

        var second = invite(event, email, "CO_ORGANIZER");

        assertThat(second.status()).isEqualTo(202);
        assertThat(second.object()).containsEntry("id", first.object().get("id")).containsEntry("role", "CO_ORGANIZER");
        assertThat(owner.api().get("/api/events/" + event + "/team/invitations").list("items")).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("role", "CO_ORGANIZER"));
        assertThat(SMTP.awaitTo(email, 2)).hasSize(2);
    }

    @Test
    void badAddressesAndRolesAreRefusedBeforeAnythingIsMailed() {
        String event = newEvent();

        assertThat(invite(event, "not an address", "CO_ORGANIZER").fieldErrors(INVALID, "email").get(0))
                .containsEntry("message", "must be a valid email address");
        invite(event, TestAccounts.uniqueEmail("boss"), "OWNER").fieldErrors(INVALID, "role");
        owner.api().get("/api/events/" + event + "/team/invitations?size=101").fieldErrors(INVALID, "size");
        assertThat(owner.api().get("/api/events/" + event + "/team/invitations").object()).containsEntry("total", 0);
    }

    @Test
    void anEventMailsAtMostTwentyInvitationsAnHour() {
        String event = newEvent();
        for (int i = 0; i < 20; i++) {
            assertThat(invite(event, TestAccounts.uniqueEmail("crowd" + i), "CHECKIN_STAFF").status()).isEqualTo(202);
        }

        var refused = invite(event, TestAccounts.uniqueEmail("one-more"), "CHECKIN_STAFF");

        assertThat(refused.problem(429)).containsEntry("type", "urn:mingle:problem:too-many-requests");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3000L, 3600L);
    }

    private String tokenMailedTo(String email) {
        var mail = SMTP.awaitTo(email, 1);
        assertThat(mail).hasSize(1);
        String link = TestMailServer.link(mail.get(0), "http://localhost:" + server.getPort()
                + "/team-invitation?token=");
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private String newEvent() {
        var created = owner.api().postJson("/api/events", TestEvents.json("Team invitations " + UUID.randomUUID(),
                30));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.object().get("id");
    }

    private Reply invite(String event, String email, String role) {
        return owner.api().postJson("/api/events/" + event + "/team", """
                {"email": "%s", "role": "%s"}
                """.formatted(email, role));
    }

    private static Reply accept(Person person, String token) {
        return person.api().postJson("/api/team-invitations/accept",
                token == null ? "{}" : "{\"token\": \"" + token + "\"}");
    }
}
