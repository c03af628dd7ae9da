package org.mingle.domain.series;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mingle.domain.events.EventRules;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.SupportedInstants;

/**
 * The occurrences a series will create: its validated template and their starts, soonest first. Plain Java, so the
 * rules are tested without a database; the service creates one event per start.
 */
public record SeriesPlan(SeriesTemplate template, List<ZonedDateTime> starts) {

    /** The most occurrences created at once, by a new series or one extension: more would be a wall of drafts. */
    public static final int MAX_AT_ONCE = 52;
    public static final int DURATION_MAX_MINUTES = 24 * 60;

    private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public SeriesPlan {
        starts = List.copyOf(starts);
    }

    /**
     * Validates a new series and lists its occurrences. The rule must end (COUNT or UNTIL) within
     * {@value #MAX_AT_ONCE} dates, and the first occurrence must lie in the future.
     *
     * @throws InvalidInputException naming every refused field
     */
    public static SeriesPlan of(SeriesInput input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String title = trim(input.title());
        String description = trim(input.description());
        String venue = trim(input.venue());
        EventRules.checkWords(title, description, venue, errors);
        if (input.capacity() == null) {
            errors.add(FieldError.required("capacity"));
        } else if (input.capacity() < 1 || input.capacity() > EventRules.CAPACITY_MAX) {
            errors.add(new FieldError("capacity", "must be between 1 and " + EventRules.CAPACITY_MAX));
        }
        ZoneId zone = zone(input.timeZone(), errors);
        LocalTime time = time(input.localStartTime(), errors);
        if (input.durationMinutes() == null) {
            errors.add(FieldError.required("durationMinutes"));
        } else if (input.durationMinutes() < 1 || input.durationMinutes() > DURATION_MAX_MINUTES) {
            errors.add(new FieldError("durationMinutes", "must be between 1 and " + DURATION_MAX_MINUTES));
        }
        LocalDate firstDate = date("firstDate", input.firstDate(), errors);
        var rule = Recurrence.parse("rrule", input.rrule(), errors);
        if (rule.isPresent() && !rule.get().bounded()) {
            errors.add(new FieldError("rrule", "must end: add COUNT (at most " + MAX_AT_ONCE + ") or UNTIL; "
                    + "more dates can be added later"));
        } else if (rule.isPresent() && rule.get().count().orElse(0) > MAX_AT_ONCE) {
            errors.add(new FieldError("rrule", "COUNT may be at most " + MAX_AT_ONCE
                    + " (the most dates created at once); more dates can be added later"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var template = new SeriesTemplate(title, description, venue, input.capacity(), zone, time,
                input.durationMinutes(), rule.get(), firstDate, Boolean.TRUE.equals(input.publish()));
        List<LocalDate> dates = template.rule().datesFrom(firstDate, MAX_AT_ONCE + 1);
        if (dates.isEmpty()) {
            throw InvalidInputException.of("rrule", "gives no dates from the first date on");
        }
        if (dates.size() > MAX_AT_ONCE) {
            throw InvalidInputException.of("rrule", "gives more than " + MAX_AT_ONCE
                    + " dates (the most created at once): end it earlier with UNTIL or COUNT and add more later");
        }
        var starts = dates.stream().map(template::startOn).toList();
        if (!starts.get(0).toInstant().isAfter(now)) {
            throw InvalidInputException.of("firstDate", "the first occurrence, " + starts.get(0).toLocalDateTime()
                    + ", has passed; choose a later date");
        }
        requireSupported(starts, template);
        return new SeriesPlan(template, starts);
    }

    /**
     * The next occurrences of an existing series: the rule continued after its last date, as many as {@code count}
     * or up to {@code until} (exactly one of them), at most {@value #MAX_AT_ONCE}. Dates whose start has passed are
     * skipped: events cannot be created in the past.
     *
     * @throws InvalidInputException naming {@code count} or {@code until}
     */
    public static SeriesPlan extension(SeriesTemplate template, LocalDate lastDate, Integer count, String until,
                                       Instant now) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate untilDate = null;
        if (count == null && (until == null || until.isBlank())) {
            errors.add(new FieldError("count", "either count or until is required"));
        } else if (count != null && until != null) {
            errors.add(new FieldError("until", "must not be given together with count"));
        } else if (count != null && (count < 1 || count > MAX_AT_ONCE)) {
            errors.add(new FieldError("count", "must be between 1 and " + MAX_AT_ONCE
                    + " (the most dates created at once)"));
        } else if (count == null) {
            untilDate = date("until", until, errors);
            if (untilDate != null && !untilDate.isAfter(lastDate)) {
                errors.add(new FieldError("until", "must be after the series' last date, " + lastDate));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // Passed dates are skipped, but the rule's phase (every second week) still counts from its first date.
        LocalDate today = now.atZone(template.timeZone()).toLocalDate();
        LocalDate after = lastDate.isBefore(today) ? today.minusDays(1) : lastDate;
        int wanted = count == null ? MAX_AT_ONCE + 1 : count;
        var starts = template.rule().continueAfter(template.firstDate(), after, untilDate, wanted + 1).stream()
                .map(template::startOn).filter(start -> start.toInstant().isAfter(now)).limit(wanted).toList();
        if (starts.isEmpty()) {
            throw InvalidInputException.of(count == null ? "until" : "count",
                    "the rule gives no further dates" + (count == null ? " up to this date" : ""));
        }
        if (starts.size() > MAX_AT_ONCE) {
            throw InvalidInputException.of("until", "gives more than " + MAX_AT_ONCE
                    + " dates (the most created at once): choose an earlier date");
        }
        requireSupported(starts, template);
        return new SeriesPlan(template, starts);
    }

    /** The occurrences' starts and ends, which events accept only up to the year 9999. */
    private static void requireSupported(List<ZonedDateTime> starts, SeriesTemplate template) {
        var lastEnd = starts.get(starts.size() - 1).plus(template.duration()).toInstant();
        if (!SupportedInstants.isSupported(lastEnd)) {
            throw InvalidInputException.of("rrule", "gives dates after the year 9999");
        }
    }

    /** The last date of the plan in the series' zone: where a later extension continues. */
    public LocalDate lastDate() {
        return starts.get(starts.size() - 1).toLocalDate();
    }

    private static ZoneId zone(String text, List<FieldError> errors) {
        String zone = trim(text);
        if (zone.isEmpty()) {
            errors.add(FieldError.required("timeZone"));
            return null;
        }
        // Only region ids: a fixed offset would move the wall time across daylight-saving changes.
        if (!zone.contains("/") || !ZONE_IDS.contains(zone)) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin"));
            return null;
        }
        return ZoneId.of(zone);
    }

    private static LocalTime time(String text, List<FieldError> errors) {
        String time = trim(text);
        if (time.isEmpty()) {
            errors.add(FieldError.required("localStartTime"));
            return null;
        }
        try {
            if (TIME.matcher(time).matches()) {
                return LocalTime.parse(time);
            }
        } catch (DateTimeParseException invalid) {
            // 25:00 matches the pattern; answered below like any other malformed time.
        }
        errors.add(new FieldError("localStartTime", "must be a time of day such as 18:30"));
        return null;
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        String date = trim(text);
        if (date.isEmpty()) {
            errors.add(FieldError.required(field));
            return null;
        }
        try {
            if (DATE.matcher(date).matches()) {
                return LocalDate.parse(date);
            }
        } catch (DateTimeParseException invalid) {
            // 2027-02-30 matches the pattern; answered below like any other malformed date.
        }
        errors.add(new FieldError(field, "must be a date such as 2027-03-16"));
        return null;
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
