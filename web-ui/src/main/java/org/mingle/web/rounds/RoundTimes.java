package org.mingle.web.rounds;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.mingle.web.shell.Formats;

/** How the rounds pages write a round's time: {@code 18:40–18:48}, in the event's zone, where people sit. */
final class RoundTimes {

    private RoundTimes() {
    }

    static String span(Instant start, Instant end, ZoneId zone) {
        DateTimeFormatter time = Formats.time();
        return time.format(start.atZone(zone)) + "–" + time.format(end.atZone(zone));
    }

    /** {@code 18:42}. */
    static String time(Instant instant, ZoneId zone) {
        return Formats.time().format(instant.atZone(zone));
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
