package org.mingle.domain.shared;

import java.time.Instant;
import java.util.List;

/**
 * The instants Mingle accepts from anyone: 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z. Java reads years far
 * beyond that, but PostgreSQL stores only about 4713 BC to 294276 AD, and a year above 9999 is no RFC 3339 date-time
 * (JSON and calendar files would carry {@code +10000-01-01}).
 */
public final class SupportedInstants {

    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    public static final String MESSAGE = "must be between " + EARLIEST + " and " + LATEST;

    private SupportedInstants() {
    }

    public static boolean isSupported(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /**
     * Adds the field's error when the instant lies outside the supported range.
     *
     * @return whether the instant is missing or supported
     */
    public static boolean check(String field, Instant instant, List<FieldError> errors) {
        if (instant == null || isSupported(instant)) {
            return true;
        }
        errors.add(new FieldError(field, MESSAGE));
        return false;
    }

    /**
     * Refuses an instant outside the supported range.
     *
     * @return the instant, {@code null} included
     * @throws InvalidInputException naming the field
     */
    public static Instant requireSupported(String field, Instant instant) {
        if (instant != null && !isSupported(instant)) {
            throw InvalidInputException.of(field, MESSAGE);
        }
        return instant;
    }
}
