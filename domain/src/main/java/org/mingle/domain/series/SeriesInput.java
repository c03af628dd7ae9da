package org.mingle.domain.series;

/**
 * What an organizer typed to create a series, before validation: any field may be missing or wrong.
 * {@link SeriesPlan#of} turns it into the dates to create, or names every refused field.
 *
 * @param localStartTime the wall-clock start of every occurrence, {@code HH:mm} (18:30)
 * @param rrule          an RFC 5545 recurrence rule, such as {@code FREQ=WEEKLY;BYDAY=TU;COUNT=6}
 * @param firstDate      the date the rule starts from, ISO {@code yyyy-MM-dd}
 * @param publish        whether the occurrences are published at once (otherwise drafts)
 */
public record SeriesInput(
        String title,
        String description,
        String venue,
        Integer capacity,
        String timeZone,
        String localStartTime,
        Integer durationMinutes,
        String rrule,
        String firstDate,
        Boolean publish) {
}
