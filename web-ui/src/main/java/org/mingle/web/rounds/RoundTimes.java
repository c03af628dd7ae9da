package org.mingle.web.rounds;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How the rounds pages write a round's time: {@code 18:40–18:48}, in the event's zone, where people sit. */
final class RoundTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private RoundTimes() {
    }

    static String span(Instant start, Instant end, ZoneId zone) {
        return TIME.format(start.atZone(zone)) + "–" + TIME.format(end.atZone(zone));
    }

    /** {@code 18:42}. */
    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /**
     * When the form suggests the first round: at the event's start while it is still ahead, otherwise at the next
     * quarter hour, in the event's zone.
     */
    static LocalDateTime suggestedFirstRound(Instant now, Instant eventStart, ZoneId zone) {
        return now.isBefore(eventStart) ? eventStart.atZone(zone).toLocalDateTime() : nextQuarterHour(now, zone);
    }

    /** The next quarter hour after {@code now} in the zone: 18:07 gives 18:15, 18:15 gives 18:30. */
    static LocalDateTime nextQuarterHour(Instant now, ZoneId zone) {
        var local = now.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        return local.minusMinutes(local.getMinute() % 15).plusMinutes(15);
    }
}
