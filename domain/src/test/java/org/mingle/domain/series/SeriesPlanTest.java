package org.mingle.domain.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;

class SeriesPlanTest {

    private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

    static SeriesInput weekly(String rrule, String firstDate, String time) {
        return new SeriesInput("Founders breakfast", "Coffee first.", "Factory", 40, "Europe/Berlin", time, 120,
                rrule, firstDate, false);
    }

    private static List<String> instants(SeriesPlan plan) {
        return plan.starts().stream().map(start -> start.toInstant().toString()).toList();
    }

    private static List<LocalDate> dates(SeriesPlan plan) {
        return plan.starts().stream().map(ZonedDateTime::toLocalDate).toList();
    }

    private static List<FieldError> errors(SeriesInput input) {
        try {
            SeriesPlan.of(input, NOW);
        } catch (InvalidInputException refused) {
            return refused.errors();
        }
        throw new AssertionError("accepted: " + input);
    }

    @Test
    void weeklyEveningKeepsItsWallTimeWhenBerlinSpringsForward() {
        var plan = SeriesPlan.of(weekly("FREQ=WEEKLY;BYDAY=TU;COUNT=4", "2027-03-16", "18:30"), NOW);

        // Clocks go forward on Sunday 28 March 2027: the same 18:30 is an hour earlier in UTC afterwards.
        assertThat(instants(plan)).containsExactly("2027-03-16T17:30:00Z", "2027-03-23T17:30:00Z",
                "2027-03-30T16:30:00Z", "2027-04-06T16:30:00Z");
        assertThat(plan.starts()).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(18, 30)));
        assertThat(plan.starts().get(0).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(plan.starts().get(2).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void weeklyEveningKeepsItsWallTimeWhenBerlinFallsBack() {
        var plan = SeriesPlan.of(weekly("FREQ=WEEKLY;BYDAY=TU;COUNT=3", "2027-10-19", "18:30"), NOW);

        // Clocks go back on Sunday 31 October 2027.
        assertThat(instants(plan)).containsExactly("2027-10-19T16:30:00Z", "2027-10-26T16:30:00Z",
                "2027-11-02T17:30:00Z");
        assertThat(plan.starts()).allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(18, 30)));
    }

    @Test
    void aStartInTheSpringForwardGapMovesForwardByTheGapThatDayOnly() {
        var plan = SeriesPlan.of(weekly("FREQ=WEEKLY;BYDAY=SU;COUNT=3", "2027-03-21", "02:30"), NOW);

        assertThat(plan.starts().stream().map(ZonedDateTime::toLocalTime).toList())
                .containsExactly(LocalTime.of(2, 30), LocalTime.of(3, 30), LocalTime.of(2, 30));
        assertThat(instants(plan)).containsExactly("2027-03-21T01:30:00Z", "2027-03-28T01:30:00Z",
                "2027-04-04T00:30:00Z");
    }

    @Test
    void aStartThatHappensTwiceWhenClocksGoBackTakesTheFirst() {
        var plan = SeriesPlan.of(weekly("FREQ=WEEKLY;BYDAY=SU;COUNT=1", "2027-10-31", "02:30"), NOW);

        assertThat(instants(plan)).containsExactly("2027-10-31T00:30:00Z");
    }

    @Test
    void everySecondTuesday() {
        var plan = SeriesPlan.of(weekly("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4", "2027-03-16", "18:30"), NOW);

        assertThat(dates(plan)).containsExactly(LocalDate.parse("2027-03-16"), LocalDate.parse("2027-03-30"),
                LocalDate.parse("2027-04-13"), LocalDate.parse("2027-04-27"));
    }

    @Test
    void monthlyOnTheSecondTuesdayStartsWithTheFirstOneOnOrAfterTheFirstDate() {
        var plan = SeriesPlan.of(weekly("FREQ=MONTHLY;BYDAY=2TU;COUNT=4", "2027-03-16", "19:00"), NOW);

        // 9 March is the second Tuesday of March 2027, before the first date.
        assertThat(dates(plan)).containsExactly(LocalDate.parse("2027-04-13"), LocalDate.parse("2027-05-11"),
                LocalDate.parse("2027-06-08"), LocalDate.parse("2027-07-13"));
    }

    @Test
    void untilIncludesItsOwnDate() {
        var plan = SeriesPlan.of(weekly("RRULE:freq=weekly;until=20270420", "2027-03-16", "18:30"), NOW);

        assertThat(dates(plan)).hasSize(6).last().isEqualTo(LocalDate.parse("2027-04-20"));
        assertThat(plan.template().rule().text()).isEqualTo("FREQ=WEEKLY;UNTIL=20270420");
        assertThat(plan.lastDate()).isEqualTo(LocalDate.parse("2027-04-20"));
    }

    @Test
    void aFirstDateTheRuleDoesNotGiveIsNotAnOccurrence() {
        var plan = SeriesPlan.of(weekly("FREQ=WEEKLY;BYDAY=WE;COUNT=2", "2027-03-16", "18:30"), NOW);

        assertThat(dates(plan)).containsExactly(LocalDate.parse("2027-03-17"), LocalDate.parse("2027-03-24"));
    }

    @Test
    void theEndIsTheDurationLaterInRealTime() {
        var plan = SeriesPlan.of(weekly("FREQ=DAILY;COUNT=1", "2027-03-27", "23:00"), NOW);

        assertThat(plan.starts().get(0).plus(plan.template().duration()).toInstant())
                .isEqualTo(Instant.parse("2027-03-28T00:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FREQ=HOURLY;COUNT=3|must repeat DAILY, WEEKLY, MONTHLY or YEARLY: the time of day is the start time",
            "FREQ=MINUTELY;COUNT=3|must repeat DAILY, WEEKLY, MONTHLY or YEARLY: the time of day is the start time",
            "FREQ=SECONDLY;COUNT=3|must repeat DAILY, WEEKLY, MONTHLY or YEARLY: the time of day is the start time",
            "FREQ=WEEKLY;BYDAY=TU|must end: add COUNT (at most 52) or UNTIL; more dates can be added later",
            "FREQ=WEEKLY;COUNT=53|COUNT may be at most 52 (the most dates created at once); more dates can be added later",
            "FREQ=DAILY;UNTIL=20280101|gives more than 52 dates (the most created at once): end it earlier with UNTIL or COUNT and add more later",
            "FREQ=WEEKLY;BYHOUR=9;COUNT=3|must not set BYHOUR, BYMINUTE or BYSECOND: the time of day is the start time",
            "FREQ=WEEKLY;COUNT=3;UNTIL=20270420|must not have both COUNT and UNTIL",
            "FREQ=WEEKLY;UNTIL=20270420T000000Z|UNTIL must be a date such as 20271231",
            "FREQ=WEEKLY;INTERVAL=0;COUNT=3|INTERVAL must be between 1 and 1000",
            "FREQ=WEEKLY;COUNT=0|COUNT must be at least 1",
            "FREQ=MONTHLY;BYDAY=9TU;COUNT=2|gives no dates from the first date on",
            "FREQ=WEEKLY;UNTIL=20270301|gives no dates from the first date on",
            "COUNT=3|is not an RFC 5545 recurrence rule (A recurrence rule MUST contain a FREQ rule part.)",
            "FREQ=FORTNIGHTLY;COUNT=3|is not an RFC 5545 recurrence rule (Invalid value FORTNIGHTLY for FREQ)",
            "FREQ=WEEKLY;COUNT=x|is not an RFC 5545 recurrence rule (For input string: \"X\")",
            "FREQ=WEEKLY;UNTIL=2027|is not an RFC 5545 recurrence rule (Text '2027' could not be parsed at index 4)",
            "' '|is required"})
    void refusesRulesItCannotFollow(String rrule, String message) {
        assertThat(errors(weekly(rrule, "2027-03-16", "18:30"))).containsExactly(new FieldError("rrule", message));
    }

    @Test
    void namesEveryRefusedFieldAtOnce() {
        var input = new SeriesInput(" ", "ok", "line\nbreak", 0, "CET", "25:00", 0, "FREQ=HOURLY", "2027-02-30",
                null);

        assertThat(errors(input)).extracting(FieldError::field).containsExactly("title", "venue", "capacity",
                "timeZone", "localStartTime", "durationMinutes", "firstDate", "rrule");
    }

    @Test
    void refusesAFirstOccurrenceThatHasPassed() {
        assertThat(errors(weekly("FREQ=WEEKLY;COUNT=2", "2026-12-31", "18:30")))
                .containsExactly(new FieldError("firstDate",
                        "the first occurrence, 2026-12-31T18:30, has passed; choose a later date"));
    }

    @Test
    void extendingContinuesTheRuleInItsPhase() {
        var plan = SeriesPlan.of(weekly("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=2", "2027-03-16", "18:30"), NOW);

        var more = SeriesPlan.extension(plan.template(), plan.lastDate(), 3, null, NOW);

        assertThat(dates(more)).containsExactly(LocalDate.parse("2027-04-13"), LocalDate.parse("2027-04-27"),
                LocalDate.parse("2027-05-11"));
        assertThat(more.starts()).allSatisfy(s -> assertThat(s.toLocalTime()).isEqualTo(LocalTime.of(18, 30)));
    }

    @Test
    void extendingUntilADateIncludesIt() {
        var plan = SeriesPlan.of(weekly("FREQ=MONTHLY;BYDAY=2TU;COUNT=2", "2027-03-16", "18:30"), NOW);

        var more = SeriesPlan.extension(plan.template(), plan.lastDate(), null, "2027-08-10", NOW);

        assertThat(dates(more)).containsExactly(LocalDate.parse("2027-06-08"), LocalDate.parse("2027-07-13"),
                LocalDate.parse("2027-08-10"));
    }

    @Test
    void extendingSkipsDatesThatHavePassed() {
        var plan = SeriesPlan.of(weekly("FREQ=WEEKLY;BYDAY=TU;COUNT=2", "2027-03-16", "18:30"), NOW);

        var later = Instant.parse("2027-05-05T12:00:00Z");
        var more = SeriesPlan.extension(plan.template(), plan.lastDate(), 2, null, later);

        assertThat(dates(more)).containsExactly(LocalDate.parse("2027-05-11"), LocalDate.parse("2027-05-18"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null|null|count|either count or until is required",
            "0|null|count|must be between 1 and 52 (the most dates created at once)",
            "53|null|count|must be between 1 and 52 (the most dates created at once)",
            "2|2027-08-01|until|must not be given together with count",
            "null|2027-13-01|until|must be a date such as 2027-03-16",
            "null|2027-03-23|until|must be after the series' last date, 2027-03-23",
            "null|2029-01-01|until|gives more than 52 dates (the most created at once): choose an earlier date"})
    void refusesExtensionsItCannotMake(Integer count, String until, String field, String message) {
        var plan = SeriesPlan.of(weekly("FREQ=WEEKLY;BYDAY=TU;COUNT=2", "2027-03-16", "18:30"), NOW);

        assertThatThrownBy(() -> SeriesPlan.extension(plan.template(), plan.lastDate(), count, until, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.errors()).containsExactly(new FieldError(field, message)));
    }
}
