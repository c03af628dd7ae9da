package org.mingle.domain.contacts;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** How often a person wants to be in touch with a contact; the names are the ISO 8601 periods the API speaks. */
public enum KeepInTouchEvery {
    P30D(30), P90D(90), P180D(180);

    private final int days;

    KeepInTouchEvery(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    public Duration period() {
        return Duration.ofDays(days);
    }

    /** The period named exactly as the API writes it ({@code P30D}); empty for anything else. */
    public static Optional<KeepInTouchEvery> parse(String text) {
        return Arrays.stream(values()).filter(every -> every.name().equals(text)).findFirst();
    }
}
