package org.mingle.domain.series;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/**
 * A validated RFC 5545 recurrence rule (RRULE), parsed by ical4j, that gives calendar dates. The time of day is not
 * the rule's business: each date becomes an occurrence at the series' local start time, so the rule repeats daily at
 * the finest and never names hours, minutes or seconds.
 */
public final class Recurrence {

    public static final int TEXT_MAX = 500;
    public static final int INTERVAL_MAX = 1000;

    /** The latest date a rule is followed to: later instants are not supported (see SupportedInstants). */
    static final LocalDate HORIZON = LocalDate.of(9999, 12, 30);

    private static final Pattern PREFIX = Pattern.compile("^RRULE:", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTIL = Pattern.compile("(^|;)UNTIL=([^;]*)");
    private static final Pattern END_PARTS = Pattern.compile("(^|;)(COUNT|UNTIL)=[^;]*");
    private static final List<Frequency> TOO_FINE = List.of(Frequency.SECONDLY, Frequency.MINUTELY,
            Frequency.HOURLY);

    private final String text;
    private final Recur<LocalDate> rule;

    private Recurrence(String text, Recur<LocalDate> rule) {
        this.text = text;
        this.rule = rule;
    }

    /**
     * Reads a rule such as {@code FREQ=WEEKLY;BYDAY=TU;COUNT=6} (an {@code RRULE:} prefix and lower case are
     * accepted).
     *
     * @return the rule, or empty after adding the field's error
     */
    public static Optional<Recurrence> parse(String field, String input, List<FieldError> errors) {
        String text = input == null ? "" : PREFIX.matcher(input.strip()).replaceFirst("").toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            errors.add(FieldError.required(field));
            return Optional.empty();
        }
        if (!TextRules.check(field, text, TEXT_MAX, Lines.SINGLE, errors)) {
            return Optional.empty();
        }
        Recur<LocalDate> rule;
        try {
            rule = new Recur<>(text);
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            // NumberFormatException is an IllegalArgumentException: "COUNT=x" lands here too.
            errors.add(new FieldError(field, "is not an RFC 5545 recurrence rule (" + malformed.getMessage() + ")"));
            return Optional.empty();
        }
        String problem = problem(text, rule);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
            return Optional.empty();
        }
        return Optional.of(new Recurrence(text, rule));
    }

    private static String problem(String text, Recur<LocalDate> rule) {
        if (TOO_FINE.contains(rule.getFrequency())) {
            return "must repeat DAILY, WEEKLY, MONTHLY or YEARLY: the time of day is the start time";
        }
        if (!rule.getHourList().isEmpty() || !rule.getMinuteList().isEmpty() || !rule.getSecondList().isEmpty()) {
            return "must not set BYHOUR, BYMINUTE or BYSECOND: the time of day is the start time";
        }
        if (text.matches(".*(^|;)INTERVAL=.*") && (rule.getInterval() < 1 || rule.getInterval() > INTERVAL_MAX)) {
            return "INTERVAL must be between 1 and " + INTERVAL_MAX;
        }
        if (text.matches(".*(^|;)COUNT=.*") && rule.getCount() < 1) {
            return "COUNT must be at least 1";
        }
        var until = UNTIL.matcher(text);
        if (until.find()) {
            if (!until.group(2).matches("\\d{8}")) {
                return "UNTIL must be a date such as 20271231";
            }
            if (rule.getCount() >= 1) {
                return "must not have both COUNT and UNTIL";
            }
        }
        return null;
    }

    /** The rule as stored and shown: upper case, without the {@code RRULE:} prefix. */
    public String text() {
        return text;
    }

    /** The COUNT part, if the rule has one. */
    public Optional<Integer> count() {
        return rule.getCount() >= 1 ? Optional.of(rule.getCount()) : Optional.empty();
    }

    /** The UNTIL part (the last date that may occur), if the rule has one. */
    public Optional<LocalDate> until() {
        return Optional.ofNullable(rule.getUntil());
    }

    /** Whether the rule ends by itself (COUNT or UNTIL); an open rule repeats for ever. */
    public boolean bounded() {
        return count().isPresent() || until().isPresent();
    }

    /**
     * The rule's dates from {@code first} on, in order, at most {@code max} of them. {@code first} itself counts only
     * when the rule gives it (a weekly rule on Tuesdays started on a Monday begins the next day), and COUNT counts
     * from the first date given.
     */
    public List<LocalDate> datesFrom(LocalDate first, int max) {
        return rule.getDates(first, first, HORIZON, max);
    }

    /**
     * The dates the rule gives after {@code last}, as if it went on for ever: its COUNT and UNTIL are dropped, and its
     * phase (every second week, the second Tuesday) still counts from {@code first}.
     *
     * @param until the last date that may be given, or {@code null}
     */
    public List<LocalDate> continueAfter(LocalDate first, LocalDate last, LocalDate until, int max) {
        var open = new Recur<LocalDate>(END_PARTS.matcher(text).replaceAll("").replaceFirst("^;", ""));
        LocalDate end = until == null || until.isAfter(HORIZON) ? HORIZON : until;
        if (!end.isAfter(last)) {
            return List.of();
        }
        return open.getDates(first, last.plusDays(1), end, max).stream().filter(date -> date.isAfter(last)).toList();
    }

    @Override
    public String toString() {
        return text;
    }
}
