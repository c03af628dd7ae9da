package org.mingle.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/** {@code GET /api/events/{id}/calendar.ics}, read back with an independent iCalendar parser. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventCalendarApiTest implements MicronautPostgres {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private ApiClient anonymous;
    private Person organizer;

    @BeforeAll
    void people() {
        anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
    }

    @Test
    void aPublishedEventIsAValidCalendarInTheEventsTimeZone() throws Exception {
        String event = TestEvents.published(organizer.api(), """
                {"title": "Summer meetup, with \\"friends\\"; and more", "description": "Line one\\nLine two",
                 "startsAt": "2031-07-01T16:00:00Z", "endsAt": "2031-07-01T18:30:00Z",
                 "timeZone": "America/New_York", "venue": "Pier 17, New York", "capacity": 10}
                """);

        var reply = anonymous.get("/api/events/" + event + "/calendar.ics");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualToIgnoringCase("text/calendar; charset=utf-8");
        assertThat(reply.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"mingle-event-" + event + ".ics\"");
        String text = reply.body();
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.getProperty(Property.PRODID)).isPresent();
        VEvent vevent = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(vevent, Property.UID)).isEqualTo(event + "@mingle");
        assertThat(value(vevent, Property.SUMMARY)).isEqualTo("Summer meetup, with \"friends\"; and more");
        assertThat(value(vevent, Property.LOCATION)).isEqualTo("Pier 17, New York");
        assertThat(value(vevent, Property.DESCRIPTION)).isEqualTo("Line one\nLine two");
        assertThat(value(vevent, Property.DTSTAMP)).matches("\\d{8}T\\d{6}Z");

        var start = vevent.getProperty(Property.DTSTART).orElseThrow();
        var end = vevent.getProperty(Property.DTEND).orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/New_York");
        assertThat(end.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/New_York");
        assertThat(start.getValue()).isEqualTo("20310701T120000");
        assertThat(end.getValue()).isEqualTo("20310701T143000");
        var zones = calendar.<VTimeZone>getComponents("VTIMEZONE");
        assertThat(zones).extracting(z -> z.getProperty(Property.TZID).orElseThrow().getValue())
                .containsExactly("America/New_York");
    }

    @Test
    void localTimesStayRightAcrossDaylightSavingChanges() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        int year = ZonedDateTime.now(berlin).getYear() + 1;
        Instant winter = LocalDateTime.of(year, 1, 15, 19, 0).atZone(berlin).toInstant();
        Instant summer = LocalDateTime.of(year, 7, 15, 19, 0).atZone(berlin).toInstant();

        for (Instant start : new Instant[] {winter, summer}) {
            String event = TestEvents.published(organizer.api(),
                    TestEvents.json("Evening " + start, start, start.plus(Duration.ofHours(2))));
            var calendar = new CalendarBuilder().build(new StringReader(
                    anonymous.get("/api/events/" + event + "/calendar.ics").body()));
            VEvent vevent = calendar.<VEvent>getComponents("VEVENT").get(0);
            assertThat(vevent.getProperty(Property.DTSTART).orElseThrow().getValue())
                    .isEqualTo(LOCAL.format(start.atZone(berlin)))
                    .endsWith("T190000");
        }
    }

    @Test
    void draftsAreCalendarsOnlyForTheirTeam() {
        String draft = TestEvents.create(organizer.api(), TestEvents.json("Secret draft", 20));
        var stranger = TestAccounts.signUpAndLogIn(anonymous, "Sam Stranger");

        assertThat(organizer.api().get("/api/events/" + draft + "/calendar.ics").status()).isEqualTo(200);
        anonymous.get("/api/events/" + draft + "/calendar.ics").problem(404);
        stranger.api().get("/api/events/" + draft + "/calendar.ics").problem(404);
        anonymous.get("/api/events/" + UUID.randomUUID() + "/calendar.ics").problem(404);
        anonymous.withToken("not-a-token").get("/api/events/" + draft + "/calendar.ics").problem(401);
    }

    @Test
    void aCancelledEventIsMarkedCancelled() throws Exception {
        String event = TestEvents.published(organizer.api(), TestEvents.json("Called off", 20));
        organizer.api().postEmpty("/api/events/" + event + "/cancel");

        var calendar = new CalendarBuilder().build(new StringReader(
                anonymous.get("/api/events/" + event + "/calendar.ics").body()));

        VEvent vevent = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(vevent, Property.STATUS)).isEqualTo("CANCELLED");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
