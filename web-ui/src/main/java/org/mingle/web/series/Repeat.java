package org.mingle.web.series;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The simple repeat choices of the series form, each written as the RFC 5545 rule it stands for; the rule stays
 * editable for anything else.
 */
enum Repeat {
    WEEKLY("series.repeat.weekly"),
    EVERY_SECOND_WEEK("series.repeat.every-second-week"),
    MONTHLY_NTH_WEEKDAY("series.repeat.monthly");

    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    final String key;

    Repeat(String key) {
        this.key = key;
    }

    /** The rule from the first date on, on its weekday, {@code count} times. */
    String rule(LocalDate first, int count) {
        String day = day(first.getDayOfWeek());
        return switch (this) {
            case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + day + ";COUNT=" + count;
            case EVERY_SECOND_WEEK -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day + ";COUNT=" + count;
            case MONTHLY_NTH_WEEKDAY -> "FREQ=MONTHLY;BYDAY=" + nth(first) + day + ";COUNT=" + count;
        };
    }

    /** Which of its weekdays in the month the date is: 1 to 4, or -1 for a fifth, which is the last. */
    static int nth(LocalDate date) {
        int nth = (date.getDayOfMonth() - 1) / 7 + 1;
        return nth == 5 ? -1 : nth;
    }

    private static String day(DayOfWeek day) {
        return DAYS[day.getValue() - 1];
    }
}
