package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.matching.MatchingModels;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.webhooks.WebhookService;
import org.mingle.server.JettyServer;
import org.mingle.testsupport.Await;
import org.mingle.testsupport.MicronautPostgres;

/** The assembled platform's metrics, scraped from its management port after real requests and registrations. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTest implements MicronautPostgres {

    private static final String PASSWORD = "meadow copper lantern 2044";
    private static final String ZONE = "Europe/Berlin";

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    MatchingModels models;
    @Inject
    WebhookService webhooks;

    private final HttpClient http = HttpClient.newHttpClient();
    private Account organizer;
    private EventId event;

    /**
     * No worker pass comes within the test, so a queued webhook delivery stays queued; and its receiver's address is
     * this machine's, never one outside it.
     */
    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(MicronautPostgres.super.getProperties());
        properties.put("mingle.webhooks.poll-interval", "1h");
        properties.put("mingle.webhooks.allow-private", "true");
        return properties;
    }

    @BeforeAll
    void publishAnEvent() {
        organizer = accounts.signUp(new SignUp("olga.metrics@example.com", PASSWORD, "Olga Metrics"), "192.0.2.1");
        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(9);
        var draft = events.create(organizer.id(), new EventInput("Metrics meetup", "Counting things.",
                day.atTime(19, 0).atZone(zone).toInstant(), day.atTime(21, 0).atZone(zone).toInstant(), ZONE,
                "Prometheus Hall", 1, null, false, 0.5));
        event = events.publish(organizer.id(), draft.id()).id();
    }

    @Test
    void apiRequestsAreCountedByRouteTemplateAndStatusWithLatencyBuckets() throws Exception {
        assertThat(get("/api/events/" + event.value()).statusCode()).isEqualTo(200);
        assertThat(get("/api/events/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

        String metrics = scrape();

        assertThat(value(metrics, "http_server_requests_seconds_count{method=\"GET\",status=\"200\","
                + "uri=\"/api/events/{id}\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "http_server_requests_seconds_count{method=\"GET\",status=\"404\","
                + "uri=\"/api/events/{id}\"}")).isGreaterThanOrEqualTo(1);
        assertThat(metrics).contains("http_server_requests_seconds_bucket{method=\"GET\",status=\"200\","
                + "uri=\"/api/events/{id}\",le=\"0.1\"}");
        assertThat(metrics).as("never an id in a label").doesNotContain(event.value().toString());
    }

    @Test
    void aRegistrationCountsOnceItCommittedByWhereItLanded() throws Exception {
        var first = accounts.signUp(new SignUp("fay.metrics@example.com", PASSWORD, "Fay First"), "192.0.2.1");
        var second = accounts.signUp(new SignUp("sid.metrics@example.com", PASSWORD, "Sid Second"), "192.0.2.1");
        String confirmed = "mingle_registrations_total{outcome=\"confirmed\"}";
        String waitlisted = "mingle_registrations_total{outcome=\"waitlisted\"}";
        String before = scrape();

        registrations.register(first.id(), event);
        registrations.register(second.id(), event); // the one seat is taken

        String after = scrape();
        assertThat(value(after, confirmed) - valueOrZero(before, confirmed)).isEqualTo(1);
        assertThat(value(after, waitlisted) - valueOrZero(before, waitlisted)).isEqualTo(1);
    }

    @Test
    void theOutboxesThePoolTheJvmAndTheMatchingModelsAreMeasured() throws Exception {
        String metrics = scrape();

        assertThat(value(metrics, "mingle_mail_outbox_waiting")).isGreaterThanOrEqualTo(0);
        assertThat(value(metrics, "mingle_mail_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(0);
        assertThat(value(metrics, "mingle_notifications_mail_due_waiting")).isGreaterThanOrEqualTo(0);
        assertThat(metrics).contains("hikaricp_connections_active{", "hikaricp_connections_max{",
                "jvm_memory_used_bytes{", "process_cpu_usage ", "mingle_matching_models ",
                "mingle_matching_model_attendees ");
    }

    @Test
    void theWebhooksBacklogCountsAQueuedDeliveryAndHowLongItWaitedAndIsZeroWhenNoneWaits() throws Exception {
        String waiting = "mingle_webhooks_outbox_waiting";
        String oldestAge = "mingle_webhooks_outbox_oldest_age_seconds";
        String before = scrape();
        assertThat(value(before, waiting)).isZero();
        assertThat(value(before, oldestAge)).isZero();

        var zone = ZoneId.of(ZONE);
        var day = LocalDate.now(zone).plusDays(12);
        var draft = events.create(organizer.id(), new EventInput("Webhook meetup", "Telling the CRM.",
                day.atTime(19, 0).atZone(zone).toInstant(), day.atTime(21, 0).atZone(zone).toInstant(), ZONE,
                "Hook Hall", 10, null, false, 0.5));
        EventId hooked = events.publish(organizer.id(), draft.id()).id();
        webhooks.create(organizer.id(), hooked, "http://127.0.0.1:9/hooks/mingle", List.of("registration.created"));
        var attendee = accounts.signUp(new SignUp("wes.metrics@example.com", PASSWORD, "Wes Webhook"), "192.0.2.1");
        registrations.register(attendee.id(), hooked);

        // The backlog is read at most every 5 seconds: wait for a reading taken after the registration.
        Await.until(() -> scrapedValue(waiting) == 1, Duration.ofSeconds(20), () -> "one webhook delivery waiting");
        String after = scrape();
        assertThat(value(after, waiting)).isEqualTo(1);
        assertThat(value(after, oldestAge)).isGreaterThan(0).isLessThan(60);
    }

    @Test
    void aMatchingModelBuiltOnFirstUseIsCountedAndMeasured() throws Exception {
        String rebuilds = "mingle_matching_model_rebuilds_seconds_count{cause=\"first_request\"}";
        String before = scrape();

        models.of(event);

        String after = scrape();
        assertThat(value(after, rebuilds) - valueOrZero(before, rebuilds)).isEqualTo(1);
        assertThat(value(after, "mingle_matching_models")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void metricsAreNeverServedOnThePublicPort() throws Exception {
        assertThat(get("/metrics").statusCode()).isEqualTo(404);
        assertThat(get("/api/metrics").statusCode()).isEqualTo(404);
    }

    @Test
    void theRequestIdIsEchoedAndReachesTheApisProblems() throws Exception {
        var missing = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/events/"
                + UUID.randomUUID())).header("X-Request-Id", "checkout-42").build(), BodyHandlers.ofString());
        var unauthenticated = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/me")).build(),
                BodyHandlers.ofString());

        assertThat(missing.headers().firstValue("X-Request-Id")).hasValue("checkout-42");
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).contains("\"requestId\":\"checkout-42\"");
        String generated = unauthenticated.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(unauthenticated.body()).contains("\"requestId\":\"" + generated + "\"");
    }

    private String scrape() throws Exception {
        int port = ((JettyServer) server).getManagementPort().orElseThrow();
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/metrics")).build(),
                BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private double scrapedValue(String series) {
        try {
            return value(scrape(), series);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(), BodyHandlers.ofString());
    }

    /** The value of the sample whose name and labels are {@code series}. */
    private static double value(String metrics, String series) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).strip().split(" ")[0]);
            }
        }
        throw new AssertionError("no sample " + series + " in:\n" + metrics);
    }

    private static double valueOrZero(String metrics, String series) {
        return metrics.lines().anyMatch(line -> line.startsWith(series + " ")) ? value(metrics, series) : 0;
    }
}
