package org.mingle.domain.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/** What a report must hold, and how many one person may file: plain rules, checked before anything is stored. */
public final class ReportRules {

    public static final int DETAILS_MAX = 1000;
    /** Enough for someone who cleans up after a wave of spam; few enough that reports cannot flood administrators. */
    public static final int REPORTS_PER_DAY = 20;
    static final Duration DAY = Duration.ofDays(1);

    private ReportRules() {
    }

    /**
     * A report's details, stripped ({@code null} as blank).
     *
     * @throws InvalidInputException naming {@code reason} (missing or unknown) and {@code details} (too long, control
     *                               characters)
     */
    public static String validate(ReportReason reason, String details) {
        var errors = new ArrayList<FieldError>();
        if (reason == null) {
            errors.add(new FieldError("reason", "must be one of " + Arrays.stream(ReportReason.values())
                    .map(Enum::name).collect(Collectors.joining(", "))));
        }
        String stripped = details == null ? "" : details.strip();
        TextRules.check("details", stripped, DETAILS_MAX, Lines.MULTIPLE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return stripped;
    }

    /**
     * How long someone must wait before filing another report, given when they filed their reports of the last day.
     *
     * @return empty while fewer than {@value #REPORTS_PER_DAY} reports are less than a day old
     */
    static Optional<Duration> waitBeforeNext(Collection<Instant> filed, Instant now) {
        var lastDay = filed.stream().filter(at -> at.isAfter(now.minus(DAY))).sorted(Comparator.reverseOrder())
                .limit(REPORTS_PER_DAY).toList();
        if (lastDay.size() < REPORTS_PER_DAY) {
            return Optional.empty();
        }
        // The oldest of the last twenty leaves the window first.
        return Optional.of(Duration.between(now, lastDay.get(lastDay.size() - 1).plus(DAY)));
    }
}
