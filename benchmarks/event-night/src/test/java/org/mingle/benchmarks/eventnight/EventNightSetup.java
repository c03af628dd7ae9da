package org.mingle.benchmarks.eventnight;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an event night needs before the doors open, made through the public API as an organizer would: the organizer's
 * account, the evening itself (room for everyone, networking sessions and meeting tables), the hot event with few
 * seats, and the check-in staff. Plain {@link HttpClient}, so the setup is not counted among the measured requests.
 */
final class EventNightSetup {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final String PASSWORD = "event-night-password-1";

    record Prepared(String runId, String organizerToken, String eventNightId, String hotEventId,
                    List<String> staffTokens) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    EventNightSetup(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Prepared prepare(String runId, int attendees, int hotSeats, int staff) {
        var organizerToken = signUpAndLogIn("organizer-" + runId + "@load.example.org", "Event Night Organizer");
        // Starts shortly, lasts the evening; registration stays open until just before the end, so late arrivals
        // still register while the simulation runs.
        Instant startsAt = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        Instant endsAt = startsAt.plus(6, ChronoUnit.HOURS);
        String eventNight = createPublishedEvent(organizerToken, "Event night " + runId, attendees + 100,
                startsAt, endsAt);
        String hotEvent = createPublishedEvent(organizerToken, "Hot workshop " + runId, hotSeats, startsAt, endsAt);

        post(organizerToken, "/api/events/" + eventNight + "/sessions", """
                {"name":"Coffee meetings","startsAt":"%s","endsAt":"%s","slotMinutes":15}""".formatted(startsAt, startsAt.plus(3, ChronoUnit.HOURS)),
                201);
        for (int table = 1; table <= 20; table++) {
            post(organizerToken, "/api/events/" + eventNight + "/tables", """
                    {"name":"Table %d","seats":2}""".formatted(table), 201);
        }

        var staffTokens = new ArrayList<String>();
        for (int n = 1; n <= staff; n++) {
            String email = "staff-" + n + "-" + runId + "@load.example.org";
            staffTokens.add(signUpAndLogIn(email, "Door Staff " + n));
            post(organizerToken, "/api/events/" + eventNight + "/team", """
                    {"email":"%s","role":"CHECKIN_STAFF"}""".formatted(email), 201);
        }
        return new Prepared(runId, organizerToken, eventNight, hotEvent, List.copyOf(staffTokens));
    }

    private String createPublishedEvent(String token, String title, int capacity, Instant startsAt, Instant endsAt) {
        String body = """
                {"title":"%s","description":"Load test","startsAt":"%s","endsAt":"%s","timeZone":"Europe/Berlin",
                 "venue":"Main hall","capacity":%d,"registrationClosesAt":"%s","meetingRequestAllowance":10}"""
                .formatted(title, startsAt, endsAt, capacity, endsAt.minus(1, ChronoUnit.MINUTES));
        String id = find(ID, post(token, "/api/events", body, 201));
        post(token, "/api/events/" + id + "/publish", "", 200);
        return id;
    }

    private String signUpAndLogIn(String email, String name) {
        post(null, "/api/auth/signup", """
                {"email":"%s","password":"%s","displayName":"%s"}""".formatted(email, PASSWORD, name), 201);
        return find(TOKEN, post(null, "/api/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, PASSWORD), 200));
    }

    private String post(String token, String path, String body, int expected) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("Setup: POST " + path + " answered " + response.statusCode()
                        + " (expected " + expected + "): " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Setup: POST " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Setup interrupted", e);
        }
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("Setup: no " + pattern + " in " + body);
        }
        return matcher.group(1);
    }
}
