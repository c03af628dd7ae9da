package org.mingle.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
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

/** The bell over HTTP, and the mail a notification sends as the recipient's settings say. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationApiTest implements MicronautPostgres {

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
        organizer = TestAccounts.signUpAndLogIn(api, "Olga Organizer");
    }

    @AfterAll
    void stopMail() {
        SMTP.stop();
    }

    @Test
    void aRegistrationShowsUnderTheBellAndArrivesByMailWithItsLink() throws Exception {
        var ana = TestAccounts.signUpAndLogIn(api, "Ana Bell");
        String event = TestEvents.published(organizer.api(), TestEvents.json("Bell night", 3));

        register(ana, event);

        var page = ana.api().get("/api/me/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.object()).containsEntry("total", 1).containsEntry("unreadCount", 1);
        var notification = page.list("items").get(0);
        assertThat(notification).containsEntry("kind", "REGISTRATION_CONFIRMED")
                .containsEntry("title", "You're registered for Bell night")
                .containsEntry("eventId", event)
                .containsEntry("link", "http://localhost:" + server.getPort() + "/events/" + event)
                .containsKeys("id", "body", "createdAt").doesNotContainKey("readAt");

        var mail = SMTP.awaitTo(ana.email(), 1);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("You're registered for Bell night");
        assertThat(TestMailServer.text(mail.get(0))).contains((String) notification.get("body"))
                .contains((String) notification.get("link"));
        assertThat(TestMailServer.calendar(mail.get(0))).as("the confirmation carries the event's calendar")
                .contains("UID:" + event + "@mingle\r\n").contains("DTSTART;TZID=Europe/Berlin:");

        String id = (String) notification.get("id");
        assertThat(ana.api().postEmpty("/api/me/notifications/" + id + "/read").status()).isEqualTo(204);
        assertThat(ana.api().postEmpty("/api/me/notifications/" + id + "/read").status()).isEqualTo(204);
        assertThat(ana.api().get("/api/me/notifications?unread=true").object()).containsEntry("total", 0)
                .containsEntry("unreadCount", 0);
        assertThat(ana.api().get("/api/me/notifications").list("items").get(0)).containsKey("readAt");
    }

    @Test
    void nobodyReadsOrMarksAnotherPersonsNotifications() {
        var ana = TestAccounts.signUpAndLogIn(api, "Ana Private");
        var ben = TestAccounts.signUpAndLogIn(api, "Ben Curious");
        String event = TestEvents.published(organizer.api(), TestEvents.json("Private night", 3));
        register(ana, event);
        String anas = (String) ana.api().get("/api/me/notifications").list("items").get(0).get("id");

        ben.api().postEmpty("/api/me/notifications/" + anas + "/read").problem(404);
        ben.api().postEmpty("/api/me/notifications/not-an-id/read").problem(404);
        assertThat(ben.api().get("/api/me/notifications").object()).containsEntry("total", 0);
        assertThat(api.get("/api/me/notifications").status()).isEqualTo(401);
        ben.api().get("/api/me/notifications?unread=yes").fieldErrors(INVALID, "unread");
        assertThat(ana.api().get("/api/me/notifications?unread=true").object()).containsEntry("total", 1);
    }

    @Test
    void markAllReadEmptiesTheBell() {
        var cleo = TestAccounts.signUpAndLogIn(api, "Cleo All");
        for (String title : List.of("First night", "Second night")) {
            String event = TestEvents.published(organizer.api(), TestEvents.json(title, 3));
            register(cleo, event);
        }
        assertThat(cleo.api().get("/api/me/notifications").object()).containsEntry("unreadCount", 2);

        assertThat(cleo.api().postEmpty("/api/me/notifications/read-all").status()).isEqualTo(204);

        assertThat(cleo.api().get("/api/me/notifications").object()).containsEntry("unreadCount", 0)
                .containsEntry("total", 2);
    }

    @Test
    void settingsListEveryCategoryAndInAppOnlyStopsTheMail() throws Exception {
        var dan = TestAccounts.signUpAndLogIn(api, "Dan Quiet");
        var settings = dan.api().get("/api/me/notification-settings");
        assertThat(settings.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var categories = (Map<String, Object>) settings.object().get("categories");
        assertThat(categories).containsOnlyKeys("REGISTRATION", "MEETINGS", "EVENT_UPDATES", "REMINDERS",
                "FOLLOW_UPS", "GROUPS", "ENDORSEMENTS", "NETWORK").containsEntry("REGISTRATION", "IMMEDIATE")
                .containsEntry("FOLLOW_UPS", "DAILY_DIGEST").containsEntry("NETWORK", "OFF");
        dan.api().putJson("/api/me/notification-settings", "{\"categories\": {\"MEETINGS\": \"OFF\"}}")
                .fieldErrors("urn:mingle:problem:invalid-input", "categories.MEETINGS");

        var changed = dan.api().putJson("/api/me/notification-settings",
                "{\"categories\": {\"REGISTRATION\": \"IN_APP_ONLY\"}}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"REGISTRATION\":\"IN_APP_ONLY\"").contains("\"MEETINGS\":\"IMMEDIATE\"");

        String event = TestEvents.published(organizer.api(), TestEvents.json("Quiet night", 3));
        register(dan, event);
        assertThat(dan.api().get("/api/me/notifications").object()).containsEntry("unreadCount", 1);
        Thread.sleep(1000); // ten times the outbox's polling interval
        assertThat(SMTP.to(dan.email())).isEmpty();
    }

    @Test
    void aMailClientsOneClickUnsubscribeStopsThatCategorysMail() throws Exception {
        var fay = TestAccounts.signUpAndLogIn(api, "Fay Unsubscribe");
        String event = TestEvents.published(organizer.api(), TestEvents.json("Loud night", 3));
        register(fay, event);
        var mail = SMTP.awaitTo(fay.email(), 1).get(0);
        String header = mail.getHeader("List-Unsubscribe")[0];
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String url = header.substring(1, header.length() - 1);
        String base = "http://localhost:" + server.getPort();
        assertThat(url).startsWith(base + "/api/mail-links/unsubscribe?token=");

        var reply = api.post(url.substring(base.length()), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"categories\":{\"REGISTRATION\":\"IN_APP_ONLY\"}}");
        assertThat(fay.api().get("/api/me/notification-settings").body())
                .contains("\"REGISTRATION\":\"IN_APP_ONLY\"");
        api.post("/api/mail-links/unsubscribe?token=forged.link", "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click").fieldErrors(INVALID, "token");
    }

    @Test
    void unknownCategoriesAndDeliveriesAreNamedInTheProblem() {
        var eve = TestAccounts.signUpAndLogIn(api, "Eve Typo");

        eve.api().putJson("/api/me/notification-settings",
                        "{\"categories\": {\"MEETING\": \"IMMEDIATE\", \"GROUPS\": \"WEEKLY\"}}")
                .fieldErrors(INVALID, "categories.MEETING", "categories.GROUPS");
        eve.api().putJson("/api/me/notification-settings", "{}").fieldErrors(INVALID, "categories");
        eve.api().putJson("/api/me/notification-settings", "{\"categories\": {\"GROUPS\": 3}}").problem(400);
        assertThat(eve.api().get("/api/me/notification-settings").body()).contains("\"GROUPS\":\"DAILY_DIGEST\"");
    }

    /**
     * Registers the person and waits for the registration's notice, which is written just after the registration
     * commits (decision 66).
     */
    private static void register(Person person, String event) {
        int before = total(person);
        assertThat(person.api().postEmpty("/api/events/" + event + "/registrations").status()).isEqualTo(201);
        Await.until(() -> total(person) > before, Duration.ofSeconds(10), () -> "the notice of the registration");
    }

    private static int total(Person person) {
        return ((Number) person.api().get("/api/me/notifications").object().get("total")).intValue();
    }
}
