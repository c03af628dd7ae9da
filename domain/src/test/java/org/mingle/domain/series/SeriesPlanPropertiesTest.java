package org.mingle.domain.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that hold for every generated valid rule; each seed is one reproducible series. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesPlanPropertiesTest {

    private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");
    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Sydney",
            "America/Santiago", "Europe/London", "Asia/Tokyo", "Pacific/Chatham");
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private int crossingDaylightSaving;
    private int series;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    /** A random valid rule with a COUNT, which every frequency below always reaches. */
    record Generated(SeriesInput input, int count, String bydays) {

        static Generated of(long seed) {
            Random random = new Random(seed);
            int count = 1 + random.nextInt(52);
            int interval = 1 + random.nextInt(4);
            StringBuilder rule = new StringBuilder();
            String bydays = "";
            switch (random.nextInt(4)) {
                case 0 -> rule.append("FREQ=DAILY");
                case 1 -> {
                    rule.append("FREQ=WEEKLY");
                    List<String> days = new ArrayList<>();
                    for (String day : DAYS) {
                        if (random.nextInt(3) == 0) {
                            days.add(day);
                        }
                    }
                    if (!days.isEmpty()) {
                        bydays = String.join(",", days);
                        rule.append(";BYDAY=").append(bydays);
                    }
                }
                case 2 -> {
                    // The nth weekday of the month (the 1st to 4th, or the last) exists in every month.
                    int[] nth = {1, 2, 3, 4, -1};
                    rule.append("FREQ=MONTHLY;BYDAY=").append(nth[random.nextInt(nth.length)])
                            .append(DAYS[random.nextInt(7)]);
                }
                default -> rule.append("FREQ=YEARLY");
            }
            if (random.nextBoolean()) {
                rule.append(";INTERVAL=").append(interval);
            }
            rule.append(";COUNT=").append(count);
            var first = LocalDate.of(2027, 1, 2).plusDays(random.nextInt(3 * 365));
            if (first.getMonthValue() == 2 && first.getDayOfMonth() == 29) {
                first = first.plusDays(1);
            }
            // Any minute of the day, those in a daylight-saving gap included.
            var time = LocalTime.of(random.nextInt(24), random.nextInt(60));
            var input = new SeriesInput("Meetup " + seed, "", "", 10, ZONES.get(random.nextInt(ZONES.size())),
                    time.toString(), 30 + random.nextInt(200), rule.toString(), first.toString(), random.nextBoolean());
            return new Generated(input, count, bydays);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyOccurrenceIsAtTheLocalStartTimeStrictlyLaterAndAsManyAsCounted(long seed) {
        var generated = Generated.of(seed);
        var plan = SeriesPlan.of(generated.input(), NOW);
        var zone = ZoneId.of(generated.input().timeZone());
        var time = LocalTime.parse(generated.input().localStartTime());

        assertThat(plan.starts()).hasSize(generated.count());
        assertThat(plan.starts().get(0).toLocalDate()).isAfterOrEqualTo(LocalDate.parse(generated.input().firstDate()));
        for (int i = 0; i < plan.starts().size(); i++) {
            ZonedDateTime start = plan.starts().get(i);
            assertThat(start.getZone()).isEqualTo(zone);
            boolean inGap = zone.getRules().getValidOffsets(LocalDateTime.of(start.toLocalDate(), time)).isEmpty();
            if (!inGap) {
                assertThat(start.toLocalTime()).as("seed %d, occurrence %d", seed, i).isEqualTo(time);
            } else {
                assertThat(start.toLocalTime()).isAfter(time);
            }
            if (i > 0) {
                assertThat(start.toInstant()).isAfter(plan.starts().get(i - 1).toInstant());
            }
            if (!generated.bydays().isEmpty()) {
                assertThat(generated.bydays()).contains(day(start.getDayOfWeek()));
            }
        }
        series++;
        if (!plan.starts().get(0).getOffset().equals(plan.starts().get(plan.starts().size() - 1).getOffset())) {
            crossingDaylightSaving++;
        }
    }

    /** Creating n dates, then extending by the rest, gives the same dates as creating them all at once. */
    @ParameterizedTest
    @MethodSource("seeds")
    void extendingGivesWhatALongerCountWouldHave(long seed) {
        var generated = Generated.of(seed);
        var all = SeriesPlan.of(generated.input(), NOW);
        int first = 1 + new Random(seed * 7).nextInt(generated.count());
        var input = generated.input();
        var shorter = SeriesPlan.of(new SeriesInput(input.title(), input.description(), input.venue(),
                input.capacity(), input.timeZone(), input.localStartTime(), input.durationMinutes(),
                input.rrule().replace(";COUNT=" + generated.count(), ";COUNT=" + first), input.firstDate(),
                input.publish()), NOW);
        var starts = new ArrayList<>(shorter.starts());
        if (first < generated.count()) {
            starts.addAll(SeriesPlan.extension(shorter.template(), shorter.lastDate(), generated.count() - first,
                    null, NOW).starts());
        }

        assertThat(starts).isEqualTo(all.starts());
    }

    /**
     * The generated rules must exercise daylight saving: 85 of the 300 series cross a change with these seeds. The
     * floor sits just below, so a generator that drifted to short or zone-less series fails here.
     */
    @AfterAll
    void enoughSeriesCrossADaylightSavingChange() {
        assertThat(series).isEqualTo(300);
        assertThat(crossingDaylightSaving).isGreaterThanOrEqualTo(80);
    }

    private static String day(DayOfWeek day) {
        return DAYS[day.getValue() - 1];
    }
}
