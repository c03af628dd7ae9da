package org.mingle.web.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mingle.domain.meetings.MeetingTable;
import org.mingle.domain.meetings.Slot;

/**
 * How the meeting pages write a slot and a table: {@code Thu 27 Nov · 18:40–18:55 · Table Lounge}, in the event's
 * zone, where both people are.
 */
final class MeetingTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final Pattern TABLE_WORD = Pattern.compile("table\\b", Pattern.CASE_INSENSITIVE);

    private MeetingTimes() {
    }

    /** {@code 27 Nov, 18:40}: when something happened, such as a request; empty for no moment. */
    static String moment(Instant instant, ZoneId zone) {
        return instant == null ? "" : MOMENT.format(instant.atZone(zone));
    }

    /** {@code 18:40–18:55}. */
    static String span(Slot slot, ZoneId zone) {
        return TIME.format(slot.startsAt().atZone(zone)) + "–" + TIME.format(slot.endsAt().atZone(zone));
    }

    /** {@code Thu 27 Nov · 18:40–18:55}. */
    static String day(Slot slot, ZoneId zone) {
        return DAY.format(slot.startsAt().atZone(zone)) + " · " + span(slot, zone);
    }

    /** The slot's times, with its day only when that differs from the day of {@code other}. */
    static String spanBeside(Slot slot, Slot other, ZoneId zone) {
        boolean sameDay = other != null
                && slot.startsAt().atZone(zone).toLocalDate().equals(other.startsAt().atZone(zone).toLocalDate());
        return sameDay ? span(slot, zone) : day(slot, zone);
    }

    /** {@code Thu 27 Nov · 18:40–18:55 · Table Lounge}. */
    static String place(Slot slot, MeetingTable table, ZoneId zone) {
        return day(slot, zone) + (table == null ? "" : " · " + table(table));
    }

    /** {@code Table Lounge}; a table already called "Table 7" stays "Table 7". */
    static String table(MeetingTable table) {
        return TABLE_WORD.matcher(table.name()).lookingAt() ? table.name() : "Table " + table.name();
    }
}
