package org.mingle.api.requests;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Date-times as the API reads them, in bodies and parameters: ISO-8601 with an offset or {@code Z}. */
public final class DateTimes {

    /** What a date-time must look like, in the client's words. */
    public static final String EXPECTATION =
            "must be a date-time with offset in ISO-8601 format, such as 2026-12-03T18:30:00+01:00";

    private DateTimes() {
    }

    /** The instant the text names, if it is a date-time with offset. */
    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException notOffsetDateTime) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeException notInstant) {
                return Optional.empty();
            }
        }
    }
}
