package org.mingle.api;

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

    public static String berlin(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(BERLIN));
    }
}
