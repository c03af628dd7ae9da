package org.mingle.web.agenda;

import java.time.ZoneId;
import org.mingle.domain.agenda.Talk;
import org.mingle.domain.events.Event;
import org.mingle.web.shell.Formats;

/**
 * How the agenda writes a talk's time: {@code 18:30–19:15} in the event's zone, where people sit, with the day in
 * front when the event spans several days.
 */
final class AgendaTimes {

    private AgendaTimes() {
    }

    static String span(Talk talk, Event event) {
        ZoneId zone = event.details().timeZone();
        var time = Formats.time();
        var from = talk.startsAt().atZone(zone);
        String start = event.localStart().toLocalDate().equals(event.localEnd().toLocalDate())
                ? time.format(from) : Formats.dayAndTime().format(from);
        return start + "–" + time.format(talk.endsAt().atZone(zone));
    }
}
