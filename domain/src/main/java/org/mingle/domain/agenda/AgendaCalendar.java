package org.mingle.domain.agenda;

import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventStatus;

/**
 * A talk as an RFC 5545 calendar, made as the events feature makes an event's ({@code EventCalendar}): local times in
 * the event's own time zone with its VTIMEZONE, method PUBLISH (a copy to keep, not an invitation). Its UID is the
 * talk's, so downloading it again after a change updates the entry in the calendar rather than adding a second one.
 */
final class AgendaCalendar {

    private static final String PRODUCT = "-//Mingle//Mingle agenda//EN";

    private AgendaCalendar() {
    }

    static String render(Talk talk, Event event, Instant now) {
        var calendar = new Calendar().withProdId(PRODUCT).withDefaults().withProperty(ImmutableMethod.PUBLISH)
                .getFluentTarget();
        var zone = event.details().timeZone();
        var vtimezone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        if (vtimezone != null) {
            calendar.add(vtimezone.getVTimeZone());
        }
        var vevent = new VEvent(talk.startsAt().atZone(zone), talk.endsAt().atZone(zone), talk.title());
        vevent.add(new Uid(talk.id() + "@mingle-agenda"));
        vevent.replace(new DtStamp(now)); // the constructor already stamped it with the wall clock
        String where = String.join(", ", Stream.of(talk.room(), event.details().venue())
                .filter(part -> !part.isEmpty()).toList());
        if (!where.isEmpty()) {
            vevent.add(new Location(where));
        }
        vevent.add(new Description(description(talk, event)));
        vevent.add(event.status() == EventStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED)
                : new Status(Status.VALUE_CONFIRMED));
        calendar.add(vevent);
        return calendar.toString();
    }

    /** What the entry says: the event it belongs to, who speaks, and the abstract. */
    private static String description(Talk talk, Event event) {
        var text = new StringBuilder(event.title());
        if (!talk.speakers().isEmpty()) {
            text.append("\n").append(talk.speakers().stream().map(Speaker::name).collect(Collectors.joining(", ")));
        }
        if (!talk.abstractText().isEmpty()) {
            text.append("\n\n").append(talk.abstractText());
        }
        return text.toString();
    }
}
