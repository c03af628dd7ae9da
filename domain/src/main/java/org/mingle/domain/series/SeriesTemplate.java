package org.mingle.domain.series;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** What every occurrence of a series is created from, validated. */
public record SeriesTemplate(
        String title,
        String description,
        String venue,
        int capacity,
        ZoneId timeZone,
        LocalTime localStartTime,
        int durationMinutes,
        Recurrence rule,
        LocalDate firstDate,
        boolean publish) {

    /**
     * The start of the occurrence on this date: the local start time in the series' zone. A local time that does not
     * exist that day (the hour skipped when clocks go forward) moves forward by the gap, as {@link ZonedDateTime#of}
     * does: 02:30 on the last Sunday of March in Berlin becomes 03:30. A local time that exists twice (clocks going
     * back) takes the earlier offset, that is the first of the two.
     */
    public ZonedDateTime startOn(LocalDate date) {
        return ZonedDateTime.of(date, localStartTime, timeZone);
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }
}
