package org.mingle.web.meetings;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.mingle.domain.meetings.MeetingTable;
import org.mingle.domain.meetings.Slot;
import org.mingle.web.shell.Formats;

/**
 * How the meeting pages write a slot and a table: {@code Thu 27 Nov · 18:40–18:55 · Table Lounge}, in the event's
 * zone, where both people are.
 */
final class MeetingTimes {

    /** A table an organizer already named with the word, in either language, keeps its name as it is. */
    private static final Pattern TABLE_WORD = Pattern.compile("(table|tisch)\\b", Pattern.CASE_INSENSITIVE);

    private MeetingTimes() {
    }

    /** {@code 27 Nov, 18:40}: when something happened, such as a request; empty for no moment. */
    static String moment(Instant instant, ZoneId zone) {
        return instant == null ? "" : pattern("format.moment", "d MMM, HH:mm").format(instant.atZone(zone));
    }

    /** {@code 18:40–18:55}. */
    static String span(Slot slot, ZoneId zone) {
        DateTimeFormatter time = Formats.time();
        return time.format(slot.startsAt().atZone(zone)) + "–" + time.format(slot.endsAt().atZone(zone));
    }

    /** {@code Thu 27 Nov · 18:40–18:55}. */
    static String day(Slot slot, ZoneId zone) {
        return pattern("format.day-short", "EEE d MMM").format(slot.startsAt().atZone(zone)) + " · " + span(slot, zone);
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
        return TABLE_WORD.matcher(table.name()).lookingAt() ? table.name()
                : translate("meetings.times.table", table.name());
    }

    /** A date pattern of the page's language ({@code format.*}), English outside a page. */
    private static DateTimeFormatter pattern(String key, String english) {
        UI ui = UI.getCurrent();
        return DateTimeFormatter.ofPattern(ui == null ? english : ui.getTranslation(key), Formats.locale());
    }
}
