package org.mingle.domain.events;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

/**
 * An event as an RFC 5545 calendar: start and end in the event's own time zone (with its VTIMEZONE), so calendars
 * keep the local time right across daylight-saving changes. Its method is PUBLISH (RFC 5546): a copy to keep, not an
 * invitation to answer, whether downloaded or attached to a registration's confirmation mail.
 *
 * <p>The VTIMEZONE comes from the definitions inside the ical4j jar; {@code ical4j.properties} switches off ical4j's
 * updater, which would otherwise fetch each zone from tzurl.org on first use.
 */
public final class EventCalendar {

    private static final String PRODUCT = "-//Mingle//Mingle events//EN";

    private EventCalendar() {
    }

    public static String render(Event event, Instant now) {
        var calendar = new Calendar().withProdId(PRODUCT).withDefaults().withProperty(ImmutableMethod.PUBLISH)
                .getFluentTarget();
        var zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(event.details().timeZone().getId());
        if (zone != null) {
            calendar.add(zone.getVTimeZone());
        }
        calendar.add(vevent(event, now));
        return calendar.toString();
    }

    /**
     * Many events as one subscribable calendar (a group's feed), named for calendar apps (X-WR-CALNAME), with each
     * time zone the events use once.
     */
    public static String renderAll(String name, List<Event> events, Instant now) {
        var calendar = new Calendar().withProdId(PRODUCT).withDefaults().withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", name)).getFluentTarget();
        var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        var zones = new LinkedHashSet<String>();
        events.forEach(event -> zones.add(event.details().timeZone().getId()));
        for (var id : zones) {
            var zone = registry.getTimeZone(id);
            if (zone != null) {
                calendar.add(zone.getVTimeZone());
            }
        }
        events.forEach(event -> calendar.add(vevent(event, now)));
        return calendar.toString();
    }

    private static VEvent vevent(Event event, Instant now) {
        var vevent = new VEvent(event.localStart(), event.localEnd(), event.title());
        vevent.add(new Uid(event.id() + "@mingle"));
        vevent.replace(new DtStamp(now)); // the constructor already stamped it with the wall clock
        if (!event.details().venue().isEmpty()) {
            vevent.add(new Location(event.details().venue()));
        }
        if (!event.details().description().isEmpty()) {
            vevent.add(new Description(event.details().description()));
        }
        vevent.add(event.status() == EventStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED)
                : new Status(Status.VALUE_CONFIRMED));
        return vevent;
    }
}
