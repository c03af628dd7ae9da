package org.mingle.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.Await;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.TestMailServer;

/** Organizers messaging their registrants over HTTP, with the mail received over SMTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizerMessageApiTest implements MicronautPostgres {

    private static final String INVALID = "urn:mingle:problem:invalid-input";
    private static final TestMailServer SMTP = new TestMailServer().start();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private ApiClient api;
    private Person organizer;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.putAll(SMTP.micronautProperties());
        return properties;
    }

    @BeforeAll
    void world() {
        api = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(api, "Olga Messages");
    }

    @AfterAll
    void stopMail() {
        SMTP.stop();
    }

    @Test
    void theConfirmedGetTheMessageInTheAppAndByMailAndTheDashboardCountsIt() throws Exception {
        String event = TestEvents.published(organizer.api(), TestEvents.json("Venue night", 3, 2, false, null));
        var ana = registered(event, "Ana Confirmed");
        var ben = registered(event, "Ben Confirmed");
        var cleo = registered(event, "Cleo Waiting");

        var sent = organizer.api().postJson("/api/events/" + event + "/messages",
                "{\"subject\": \"We moved to the second floor\", \"body\": \"Take the lift by the entrance.\", "
                        + "\"audience\": \"CONFIRMED\"}");

        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        assertThat(sent.object()).containsEntry("recipients", 2).containsEntry("audience", "CONFIRMED");
        var told = ana.api().get("/api/me/notifications").list("items").get(0);
        assertThat(told).containsEntry("kind", "ORGANIZER_MESSAGE")
                .containsEntry("title", "We moved to the second floor");
        assertThat((String) told.get("body")).isEqualTo(
                "From the organizers of Venue night:\n\nTake the lift by the entrance.");
        assertThat(cleo.api().get("/api/me/notifications").body()).doesNotContain("ORGANIZER_MESSAGE");
        var mail = SMTP.awaitTo(ben.email(), 2).stream()
                .filter(m -> subject(m).equals("We moved to the second floor")).toList();
        assertThat(mail).hasSize(1);
        assertThat(TestMailServer.text(mail.get(0))).contains("Take the lift by the entrance.");

        SMTP.awaitTo(ana.email(), 2);
        var list = organizer.api().get("/api/events/" + event + "/messages");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.list("items").get(0)).containsEntry("recipients", 2).containsEntry("mailed", 2)
                .containsEntry("waiting", 0).containsEntry("failed", 0);
    }

    @Test
    void onlyOrganizersMayMessageAndTheFieldsAreChecked() {
        String event = TestEvents.published(organizer.api(), TestEvents.json("Rules night", 3));
        var ana = registered(event, "Ana Attendee");
        String path = "/api/events/" + event + "/messages";
        String valid = "{\"subject\": \"Hi\", \"body\": \"Hello\", \"audience\": \"ALL\"}";

        ana.api().postJson(path, valid).problem(403);
        ana.api().get(path).problem(403);
        assertThat(api.postJson(path, valid).status()).isEqualTo(401);
        organizer.api().postJson(path, "{\"subject\": \" \", \"body\": \"\", \"audience\": \"EVERYONE\"}")
                .fieldErrors(INVALID, "audience");
        organizer.api().postJson(path, "{\"subject\": \" \", \"body\": \"\", \"audience\": \"ALL\"}")
                .fieldErrors(INVALID, "subject", "body");
        organizer.api().postJson(path, "{\"subject\": \"Hi\", \"body\": \"Hello\"}")
                .fieldErrors(INVALID, "audience");
        // A selection is picked on the dashboard; the API has no way to name one.
        organizer.api().postJson(path, "{\"subject\": \"Hi\", \"body\": \"Hello\", \"audience\": \"SELECTED\"}")
                .fieldErrors(INVALID, "audience");
    }

    @Test
    void aSixthMessageWithinTheHourWaitsAndARetryWithTheSameKeySendsNothingNew() {
        String event = TestEvents.published(organizer.api(), TestEvents.json("Chatty night", 3));
        var ana = registered(event, "Ana Many");
        String path = "/api/events/" + event + "/messages";
        var keyed = organizer.api().withHeader("Idempotency-Key", "message-1");
        for (int i = 0; i < 3; i++) {
            assertThat(keyed.postJson(path, "{\"subject\": \"Once\", \"body\": \"b\", \"audience\": \"ALL\"}")
                    .status()).isEqualTo(202);
        }
        for (int i = 2; i <= 5; i++) {
            assertThat(organizer.api().postJson(path, "{\"subject\": \"Message " + i
                    + "\", \"body\": \"b\", \"audience\": \"ALL\"}").status()).isEqualTo(202);
        }

        var sixth = organizer.api().postJson(path, "{\"subject\": \"Six\", \"body\": \"b\", \"audience\": \"ALL\"}");

        sixth.problem(429);
        assertThat(Integer.parseInt(sixth.header("Retry-After"))).isBetween(3500, 3600);
        assertThat(ana.api().get("/api/me/notifications").object().get("total")).isEqualTo(6);
    }

    /** A registrant whose registration's notice is written (just after its commit), so counts below are messages'. */
    private Person registered(String event, String name) {
        var person = TestAccounts.signUpAndLogIn(api, name);
        assertThat(person.api().postEmpty("/api/events/" + event + "/registrations").status()).isEqualTo(201);
        Await.until(() -> ((Number) person.api().get("/api/me/notifications").object().get("total")).intValue() == 1,
                Duration.ofSeconds(10), () -> "the notice of " + name + "'s registration");
        return person;
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
