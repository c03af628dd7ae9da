package org.mingle.web.meetings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

/**
 * The organizer's one-to-one meetings page: sessions and tables with the messages at their fields, the agenda slot by
 * slot, the matches waiting for a time, and who may see and change what.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingScheduleViewTest extends KaribuViewTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingRequestService meetingRequests;
    @Inject
    MeetingScheduleService meetingSchedule;

    private Account organizer;
    private Account staff;
    private Account ada;
    private Account bob;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        organizer = signUp("Olga Organizer", "olga.schedule@example.org");
        staff = signUp("Sam Staff", "sam.schedule@example.org");
        ada = signUp("Ada Lovelace", "ada.schedule@example.org");
        bob = signUp("Bob Babbage", "bob.schedule@example.org");
        fixtures = new EventFixtures(eventService, organizer.id());
    }

    @Test
    void theOrganizerAddsASessionAndATableAndTheWaitingMatchGetsItsTime() {
        var event = eventWithMatch("Founders and funders");
        signInAs(organizer);
        open(event);
        assertThat(text("sessions-empty")).isEqualTo("No networking sessions yet.");
        assertThat(text("tables-empty")).isEqualTo("No tables yet.");
        assertThat(text("agenda-empty")).startsWith("No meetings have a time yet.");
        assertThat(text("agenda-waiting")).isEqualTo("Ada Lovelace & Bob Babbage");
        assertThat(text("agenda-summary")).isEqualTo("0 meetings with a time · 1 waiting");
        // The defaults: an hour from the event's start (18:30 in Berlin), meetings of 15 minutes, tables for two.
        var day = event.localStart().toLocalDate();
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")).getValue())
                .isEqualTo(day.atTime(18, 30));
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-ends-at")).getValue())
                .isEqualTo(day.atTime(19, 30));
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")).getHelperText())
                .isEqualTo("Local time in Europe/Berlin.");
        assertThat(_get(IntegerField.class, spec -> spec.withId("session-slot-minutes")).getValue()).isEqualTo(15);
        assertThat(_get(IntegerField.class, spec -> spec.withId("table-seats")).getValue()).isEqualTo(2);

        fillSession("Evening meetings", day.atTime(19, 0), day.atTime(20, 0), 15);
        var add = button("add-session");
        assertThat(add.isDisableOnClick()).as("a double click adds one session").isTrue();
        _click(add);

        NotificationsKt.expectNotifications("Session \u201cEvening meetings\u201d added: 4 slots of 15 minutes.");
        var session = meetingSchedule.agenda(organizer.id(), event.id()).sessions().get(0);
        assertThat(text("session-" + session.id() + "-name")).isEqualTo("Evening meetings");
        assertThat(text("session-" + session.id() + "-when"))
                .isEqualTo(DAY.format(day) + " · 19:00–20:00 · 4 slots of 15 minutes");
        assertThat(_get(TextField.class, spec -> spec.withId("session-name")).getValue()).isEmpty();
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")).getValue())
                .as("the next session starts where this one ends").isEqualTo(day.atTime(20, 0));
        open(event);
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")).getValue())
                .as("also when the page is opened again").isEqualTo(day.atTime(20, 0));
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-ends-at")).getValue())
                .isEqualTo(day.atTime(21, 0));
        // No table yet, so the match still waits.
        assertThat(text("agenda-waiting")).isEqualTo("Ada Lovelace & Bob Babbage");

        _setValue(_get(TextField.class, spec -> spec.withId("table-name")), "Lounge");
        _setValue(_get(IntegerField.class, spec -> spec.withId("table-seats")), 4);
        _click(button("add-table"));

        NotificationsKt.expectNotifications("Table Lounge added: 4 seats.");
        var table = meetingSchedule.agenda(organizer.id(), event.id()).tables().get(0);
        assertThat(text("table-" + table.id() + "-name")).isEqualTo("Lounge");
        assertThat(text("table-" + table.id() + "-seats")).isEqualTo("4 seats · 2 meetings at once");
        // The new place gives the waiting match the first slot, at once.
        assertThat(_find(Section.class, spec -> spec.withClasses("agenda-slot")))
                .extracting(slot -> slot.getId().orElse("")).containsExactly("agenda-slot-1");
        assertThat(text("agenda-slot-1-heading")).isEqualTo(DAY.format(day) + " · 19:00–19:15");
        var meeting = meetingRequests.matches(ada.id(), event.id()).get(0).request().id();
        assertThat(text("agenda-meeting-" + meeting)).isEqualTo("Table Lounge · Ada Lovelace & Bob Babbage");
        assertThat(text("agenda-none-waiting")).isEqualTo("No match is waiting for a time.");
        _assertNone(Component.class, spec -> spec.withId("agenda-waiting"));
        _assertNone(Component.class, spec -> spec.withId("agenda-empty"));
        assertThat(text("agenda-summary")).isEqualTo("1 meeting with a time · 0 waiting");
        assertThat(button("print-agenda").isVisible()).isTrue();
    }

    @Test
    void refusedFieldsShowTheirMessagesNextToThemAndNothingIsAdded() {
        var event = fixtures.published("Careful schedulers", 40, false);
        var day = event.localStart().toLocalDate();
        signInAs(organizer);
        open(event);

        fillSession(" ", day.atTime(20, 0), day.atTime(19, 0), 2);
        _click(button("add-session"));

        var name = _get(TextField.class, spec -> spec.withId("session-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Name is required");
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-ends-at")).getErrorMessage())
                .isEqualTo("End must be after the start");
        var minutes = _get(IntegerField.class, spec -> spec.withId("session-slot-minutes"));
        assertThat(minutes.getErrorMessage()).isEqualTo("Minutes per meeting must be between 5 and 240");
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")).isInvalid()).isFalse();
        assertThat(button("add-session").isEnabled()).isTrue();

        // Outside the event, then put right: the messages go away.
        fillSession("Breakfast", day.atTime(8, 0), day.atTime(9, 0), 15);
        _click(button("add-session"));
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")).getErrorMessage())
                .isEqualTo("Start must be within the event");
        assertThat(name.isInvalid()).isFalse();
        fillSession("Dinner", day.atTime(19, 0), day.atTime(20, 0), 20);
        _click(button("add-session"));
        assertThat(minutes.isInvalid()).isFalse();
        NotificationsKt.expectNotifications("Session \u201cDinner\u201d added: 3 slots of 20 minutes.");

        // A second session may not overlap the first.
        fillSession("Dessert", day.atTime(19, 30), day.atTime(20, 30), 15);
        _click(button("add-session"));
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")).getErrorMessage())
                .isEqualTo("Start overlaps the session \u201cDinner\u201d");

        var seats = _get(IntegerField.class, spec -> spec.withId("table-seats"));
        _setValue(_get(TextField.class, spec -> spec.withId("table-name")), "Lounge");
        _setValue(seats, 1);
        _click(button("add-table"));
        assertThat(seats.getErrorMessage()).isEqualTo("Seats must be between 2 and 200");
        _setValue(seats, 2);
        _click(button("add-table"));
        assertThat(seats.isInvalid()).isFalse();
        NotificationsKt.clearNotifications();
        _setValue(_get(TextField.class, spec -> spec.withId("table-name")), "lounge");
        _click(button("add-table"));
        assertThat(_get(TextField.class, spec -> spec.withId("table-name")).getErrorMessage())
                .isEqualTo("Another table is called this.");

        var agenda = meetingSchedule.agenda(organizer.id(), event.id());
        assertThat(agenda.sessions()).extracting(s -> s.name()).containsExactly("Dinner");
        assertThat(agenda.tables()).extracting(t -> t.name()).containsExactly("Lounge");
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void removingATableAfterAConfirmationSendsItsMeetingsBackToWaiting() {
        var event = eventWithMatch("Shrinking room");
        var day = event.localStart().toLocalDate();
        meetingSchedule.addSession(organizer.id(), event.id(), new SessionInput("Evening",
                day.atTime(19, 0).atZone(BERLIN).toInstant(), day.atTime(20, 0).atZone(BERLIN).toInstant(), 15));
        var table = meetingSchedule.addTable(organizer.id(), event.id(), new TableInput("Table 7", 2));
        signInAs(organizer);
        open(event);
        assertThat(text("agenda-slot-1-meetings")).isEqualTo("Table 7 · Ada Lovelace & Bob Babbage");

        _click(button("remove-table-" + table.id()));
        var dialog = _get(Dialog.class, spec -> spec.withId("remove-dialog"));
        assertThat(text("remove-dialog-text")).startsWith("Remove \u201cTable 7\u201d?");
        _click(button("keep-item"));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(meetingSchedule.agenda(organizer.id(), event.id()).tables()).hasSize(1);

        _click(button("remove-table-" + table.id()));
        _click(button("confirm-remove"));

        NotificationsKt.expectNotifications("\u201cTable 7\u201d removed.");
        assertThat(text("tables-empty")).isEqualTo("No tables yet.");
        assertThat(text("agenda-waiting")).isEqualTo("Ada Lovelace & Bob Babbage");
        _assertNone(Section.class, spec -> spec.withClasses("agenda-slot"));

        _click(button("place-waiting"));
        NotificationsKt.expectNotifications("0 meetings placed, 1 still waiting");
    }

    @Test
    void checkInStaffSeeTheAgendaButNoForms() {
        var event = eventWithMatch("Staffed meetup");
        eventService.addToTeam(organizer.id(), event.id(), "sam.schedule@example.org", EventRole.CHECKIN_STAFF,
                "192.0.2.1");
        var day = event.localStart().toLocalDate();
        var session = meetingSchedule.addSession(organizer.id(), event.id(), new SessionInput("Evening",
                day.atTime(19, 0).atZone(BERLIN).toInstant(), day.atTime(20, 0).atZone(BERLIN).toInstant(), 30));
        signInAs(staff);

        open(event);

        assertThat(text("meetings-notice")).startsWith("Only the event's organizers set out sessions and tables.");
        assertThat(text("session-" + session.id() + "-when")).endsWith("19:00–20:00 · 2 slots of 30 minutes");
        _assertNone(Section.class, spec -> spec.withId("session-form"));
        _assertNone(Section.class, spec -> spec.withId("table-form"));
        _assertNone(Button.class, spec -> spec.withId("place-waiting"));
        _assertNone(Button.class, spec -> spec.withId("remove-session-" + session.id()));
        assertThat(text("agenda-waiting")).isEqualTo("Ada Lovelace & Bob Babbage");
    }

    @Test
    void theDashboardAndTheEventPageLeadTheTeamHere() {
        var event = fixtures.published("Linked meetings", 40, false);
        signInAs(organizer);

        UI.getCurrent().navigate("events/" + event.id() + "/manage");
        var link = _get(RouterLink.class, spec -> spec.withId("open-meetings"));
        assertThat(link.getText()).isEqualTo("One-to-one meetings");
        assertThat(link.getHref()).isEqualTo("events/" + event.id() + "/meetings");

        UI.getCurrent().navigate("events/" + event.id());
        assertThat(_get(RouterLink.class, spec -> spec.withId("event-meetings")).getHref())
                .isEqualTo("events/" + event.id() + "/meetings");

        registrations.register(ada.id(), event.id());
        signInAs(ada);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id());
        _assertNone(RouterLink.class, spec -> spec.withId("event-meetings"));
    }

    @Test
    void someoneOffTheTeamGetsTheNotFoundPage() {
        var event = eventWithMatch("Members only meetings");
        signInAs(ada);

        UI.getCurrent().navigate("events/" + event.id() + "/meetings");

        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
        _assertNone(MeetingScheduleView.class);
        _assertNone(Button.class, spec -> spec.withId("add-session"));

        UI.getCurrent().navigate("events/" + UUID.randomUUID() + "/meetings");
        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
    }

    @Test
    void aGermanPageSpeaksGermanAndWritesTheDaysTheGermanWay() {
        var event = eventWithMatch("Gründer treffen Geldgeber");
        var day = event.localStart().toLocalDate();
        meetingSchedule.addSession(organizer.id(), event.id(), new SessionInput("Abendtreffen",
                day.atTime(19, 0).atZone(BERLIN).toInstant(), day.atTime(20, 0).atZone(BERLIN).toInstant(), 15));
        meetingSchedule.addTable(organizer.id(), event.id(), new TableInput("Lounge", 4));
        signInAs(organizer);
        UI.getCurrent().setLocale(Locale.GERMANY);
        open(event);

        var germanDay = DateTimeFormatter.ofPattern("EEE, d. MMM", Locale.GERMANY);
        var agenda = meetingSchedule.agenda(organizer.id(), event.id());
        var session = agenda.sessions().get(0);
        var table = agenda.tables().get(0);
        assertThat(text("session-" + session.id() + "-when"))
                .isEqualTo(germanDay.format(day) + " · 19:00–20:00 · 4 Termine zu je 15 Minuten");
        assertThat(text("table-" + table.id() + "-seats")).isEqualTo("4 Plätze · 2 Treffen gleichzeitig");
        assertThat(text("agenda-slot-1-heading")).isEqualTo(germanDay.format(day) + " · 19:00–19:15");
        var meeting = meetingRequests.matches(ada.id(), event.id()).get(0).request().id();
        assertThat(text("agenda-meeting-" + meeting)).isEqualTo("Tisch Lounge · Ada Lovelace & Bob Babbage");
        assertThat(text("agenda-summary")).isEqualTo("1 Treffen mit Zeit · 0 wartend");
        assertThat(text("agenda-none-waiting")).isEqualTo("Keine Verabredung wartet auf eine Zeit.");
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")).getHelperText())
                .isEqualTo("Ortszeit in Europe/Berlin.");

        _click(button("remove-table-" + table.id()));
        assertThat(_get(Dialog.class, spec -> spec.withId("remove-dialog")).getHeaderTitle()).isEqualTo("Entfernen?");
        _click(button("confirm-remove"));
        NotificationsKt.expectNotifications("\u201eLounge\u201c entfernt.");
    }

    /** A published event (Berlin, 18:30 to 21:30) where Ada and Bob hold places and are a match. */
    private Event eventWithMatch(String title) {
        var event = fixtures.published(title, 40, false);
        for (Account attendee : List.of(ada, bob)) {
            registrations.register(attendee.id(), event.id());
        }
        var request = meetingRequests.request(ada.id(), event.id(), bob.id(), null);
        meetingRequests.accept(bob.id(), event.id(), request.id());
        return event;
    }

    private static void fillSession(String name, LocalDateTime start, LocalDateTime end, int minutes) {
        _setValue(_get(TextField.class, spec -> spec.withId("session-name")), name);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("session-starts-at")), start);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("session-ends-at")), end);
        _setValue(_get(IntegerField.class, spec -> spec.withId("session-slot-minutes")), minutes);
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/meetings");
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
