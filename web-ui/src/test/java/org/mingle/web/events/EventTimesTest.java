package org.mingle.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventDetails;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.shared.AccountId;

class EventTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void writesTheSpanInTheEventsZone() {
        var event = event(LocalDateTime.of(2030, 12, 3, 18, 30), LocalDateTime.of(2030, 12, 3, 21, 0), BERLIN);

        assertThat(EventTimes.start(event)).isEqualTo("Tue 3 Dec 2030, 18:30");
        assertThat(EventTimes.span(event)).isEqualTo("Tue 3 Dec 2030, 18:30 – 21:00 (Europe/Berlin)");
    }

    @Test
    void namesTheEndDayWhenTheEventRunsPastMidnight() {
        var event = event(LocalDateTime.of(2030, 7, 5, 22, 0), LocalDateTime.of(2030, 7, 6, 2, 0), BERLIN);

        assertThat(EventTimes.span(event)).isEqualTo("Fri 5 Jul 2030, 22:00 – Sat 6 Jul 2030, 02:00 (Europe/Berlin)");
    }

    @Test
    void givesTheViewersTimeOnlyWhenItDiffers() {
        var event = event(LocalDateTime.of(2030, 12, 3, 18, 30), LocalDateTime.of(2030, 12, 3, 21, 0), BERLIN);

        assertThat(EventTimes.spanForViewer(event, ZoneId.of("America/New_York")))
                .contains("Tue 3 Dec 2030, 12:30 – 15:00 (America/New_York)");
        assertThat(EventTimes.spanForViewer(event, ZoneId.of("Europe/Paris"))).isEmpty();
        assertThat(EventTimes.spanForViewer(event, BERLIN)).isEmpty();
        assertThat(EventTimes.spanForViewer(event, null)).isEmpty();
    }

    @Test
    void followsDaylightSavingTime() {
        // Berlin is UTC+2 in summer, so 18:30 there is 16:30 UTC and 17:30 in London.
        var event = event(LocalDateTime.of(2030, 6, 14, 18, 30), LocalDateTime.of(2030, 6, 14, 20, 0), BERLIN);

        assertThat(event.details().startsAt()).isEqualTo(Instant.parse("2030-06-14T16:30:00Z"));
        assertThat(EventTimes.spanForViewer(event, ZoneId.of("Europe/London")))
                .contains("Fri 14 Jun 2030, 17:30 – 19:00 (Europe/London)");
    }

    @Test
    void readsTheZoneTheBrowserReports() {
        assertThat(EventTimes.zone("Asia/Tokyo")).contains(ZoneId.of("Asia/Tokyo"));
        assertThat(EventTimes.zone("UTC")).contains(ZoneId.of("UTC"));
        assertThat(EventTimes.zone("Mars/Olympus_Mons")).isEmpty();
        assertThat(EventTimes.zone("")).isEmpty();
        assertThat(EventTimes.zone(null)).isEmpty();
    }

    private static Event event(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        var details = new EventDetails("Title", "", start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), zone,
                "Venue", 10, null, false, 0.3, false, 10);
        var now = Instant.parse("2030-01-01T00:00:00Z");
        return new Event(new EventId(UUID.randomUUID()), new AccountId(UUID.randomUUID()), details,
                EventStatus.PUBLISHED, 0, 0, now, now, 0);
    }
}
