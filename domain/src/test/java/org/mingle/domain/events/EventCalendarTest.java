package org.mingle.domain.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.TimeZoneLoader;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.util.MapTimeZoneCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.AccountId;

/** The ICS text of an event, read as text: what calendar programs get, and what producing it costs. */
class EventCalendarTest {

    private static final Instant NOW = Instant.parse("2031-03-02T10:15:30Z");
    private static final Pattern VEVENT = Pattern.compile("BEGIN:VEVENT\r\n(.*?)END:VEVENT\r\n", Pattern.DOTALL);

    private final ConnectionRecorder recorder = new ConnectionRecorder();
    private ProxySelector original;

    @BeforeEach
    void recordConnections() {
        // Every URLConnection asks the default ProxySelector how to reach its address before it connects.
        original = ProxySelector.getDefault();
        ProxySelector.setDefault(recorder);
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(original);
    }

    @Test
    void eachEventHasExactlyOneStampTheTimeOfTheExport() {
        String ics = EventCalendar.render(event("Europe/Berlin"), NOW);

        var events = VEVENT.matcher(ics).results().map(match -> match.group(1)).toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).lines().filter(line -> line.startsWith("DTSTAMP"))).containsExactly(
                "DTSTAMP:20310302T101530Z");
    }

    @Test
    void exportingInZonesNotSeenBeforeContactsNoServer() {
        for (String zone : List.of("Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns", "Australia/Eucla")) {
            String ics = EventCalendar.render(event(zone), NOW);
            assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:" + zone + "\r\n");
        }

        assertThat(recorder.addresses).isEmpty();
    }

    @Test
    void theBundledZoneDefinitionsAreUsedAsTheyAre() throws Exception {
        assertThat(new TimeZoneUpdater().isEnabled()).isFalse();

        // A loader with an empty cache reads the zone afresh, so an updater would be asked every time.
        var zone = new TimeZoneLoader("zoneinfo/", new MapTimeZoneCache()).loadVTimeZone("Europe/Lisbon");

        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Lisbon");
        assertThat(recorder.addresses).isEmpty();
    }

    private static Event event(String zone) {
        var start = Instant.parse("2031-06-01T16:00:00Z");
        var details = new EventDetails("Summer meetup", "", start, start.plusSeconds(7200), ZoneId.of(zone), "",
                50, null, false, 0.5, false, 5);
        return Event.draft(new EventId(UUID.randomUUID()), new AccountId(UUID.randomUUID()), details, NOW);
    }

    /** Notes every address a URLConnection was about to reach, and lets none of them through. */
    /** Records the connections the test's own thread opens (others, such as a database pool's, are not the export's). */
    private static final class ConnectionRecorder extends ProxySelector {

        final List<URI> addresses = Collections.synchronizedList(new ArrayList<>());
        private final Thread test = Thread.currentThread();

        @Override
        public List<Proxy> select(URI uri) {
            if (Thread.currentThread() != test) {
                return List.of(Proxy.NO_PROXY);
            }
            addresses.add(uri);
            throw new IllegalStateException("no outbound connection expected: " + uri);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        }
    }
}
