package org.mingle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Request bodies for events, as JSON text. */
public final class TestEvents {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private TestEvents() {
    }

    /** A valid event starting {@code days} from now at whole minutes, in Berlin. */
    public static String json(String title, int days) {
        Instant start = Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
        return json(title, start, start.plus(Duration.ofHours(3)));
    }

    public static String json(String title, Instant start, Instant end) {
        return """
                {"title": "%s", "description": "Talks and drinks", "startsAt": "%s", "endsAt": "%s",
                 "timeZone": "Europe/Berlin", "venue": "Factory Berlin", "capacity": 80}
                """.formatted(title, berlin(start), berlin(end));
    }

    /** A valid event like {@link #json(String, int)} with this capacity, approval mode and registration close. */
    public static String json(String title, int days, int capacity, boolean approvalRequired,
                              Instant registrationClosesAt) {
        Instant start = Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
        return """
                {"title": "%s", "description": "Talks and drinks", "startsAt": "%s", "endsAt": "%s",
                 "timeZone": "Europe/Berlin", "venue": "Factory Berlin", "capacity": %d, "approvalRequired": %s%s}
                """.formatted(title, berlin(start), berlin(start.plus(Duration.ofHours(3))), capacity, approvalRequired,
                registrationClosesAt == null ? "" : ", \"registrationClosesAt\": \"" + berlin(registrationClosesAt) + "\"");
    }

    /** The event JSON with these fields added, such as {@code "maxPendingRequests": 2}. */
    public static String with(String json, String fields) {
        int end = json.lastIndexOf('}');
        return json.substring(0, end).stripTrailing() + ", " + fields + json.substring(end);
    }

    /** Creates the event as this organizer; returns its id. */
    public static String create(ApiClient organizer, String json) {
        var created = organizer.postJson("/api/events", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.object().get("id");
    }

    /** Creates and publishes the event as this organizer; returns its id. */
    public static String published(ApiClient organizer, String json) {
        String id = create(organizer, json);
        var published = organizer.postEmpty("/api/events/" + id + "/publish");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    /** A published event with this capacity, open for registration. */
    public static String published(ApiClient organizer, String title, int capacity) {
        return published(organizer, json(title, 30, capacity, false, null));
    }

    /** Registers the attendee, asserting a CONFIRMED seat. */
    public static void registerConfirmed(ApiClient attendee, String eventId) {
        var registered = attendee.postEmpty("/api/events/" + eventId + "/registrations");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.object()).as(registered.body()).containsEntry("status", "CONFIRMED");
    }

    /** Adds someone to the event's team with this role. */
    public static void addToTeam(ApiClient owner, String eventId, String email, String role) {
        var added = owner.postJson("/api/events/" + eventId + "/team", """
                {"email": "%s", "role": "%s"}
                """.formatted(email, role));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    public static String berlin(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(BERLIN));
    }
}
