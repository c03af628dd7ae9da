package org.mingle.web.meetings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.meetings.SessionInput;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.meetings.TableInput;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.vaadin.KaribuViewTest;

/**
 * A match's meeting on the "My matches" tab: its time and table, or that it waits for one; proposing another time, and
 * the other person accepting or declining it, as both of them see it.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchMeetingTimesTest extends KaribuViewTest {

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
    private Account ada;
    private Account bob;
    private Account cleo;
    private Account dan;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        organizer = signUp("Olga Organizer", "olga.times@example.org");
        ada = signUp("Ada Lovelace", "ada.times@example.org");
        bob = signUp("Bob Babbage", "bob.times@example.org");
        cleo = signUp("Cleo Clarke", "cleo.times@example.org");
        dan = signUp("Dan Dahl", "dan.times@example.org");
        fixtures = new EventFixtures(eventService, organizer.id());
    }

    @Test
    void withoutSessionsAMatchWaitsForATimeAndSaysSo() {
        var event = eventWithAll("No sessions yet");
        match(ada, bob, event);
        signInAs(ada);

        openMatches(event);

        assertThat(text("match-" + bob.id() + "-time"))
                .isEqualTo("No time yet \u2014 you get one as soon as a slot is free for both of you");
        _assertNone(Button.class, spec -> spec.withId("propose-time-" + bob.id()));
        _assertNone(Component.class, spec -> spec.withId("match-" + bob.id() + "-proposal"));
    }

    @Test
    void bothPeopleSeeTheTimeAndTableOfTheirMeeting() {
        var event = eventWithAll("Table talk");
        setOut(event, 19, 0, 20, 0, "Lounge", 2);
        match(ada, bob, event);
        String day = DAY.format(day(event));

        signInAs(ada);
        openMatches(event);
        assertThat(text("match-" + bob.id() + "-time")).isEqualTo(day + " · 19:00–19:15 · Table Lounge");
        assertThat(text("match-" + bob.id() + "-name")).isEqualTo("Bob Babbage");

        signInAs(bob);
        openMatches(event);
        assertThat(text("match-" + ada.id() + "-time")).isEqualTo(day + " · 19:00–19:15 · Table Lounge");
    }

    @Test
    void aGermanPageWritesTheMeetingAndTheProposalTheGermanWay() {
        var event = eventWithAll("Tischgespräche");
        setOut(event, 19, 0, 20, 0, "Lounge", 2);
        match(ada, bob, event);
        String day = DateTimeFormatter.ofPattern("EEE, d. MMM", Locale.GERMANY).format(day(event));
        signInAs(ada);
        UI.getCurrent().setLocale(Locale.GERMANY);
        openMatches(event);

        assertThat(text("match-" + bob.id() + "-time")).isEqualTo(day + " · 19:00–19:15 · Tisch Lounge");
        _click(button("propose-time-" + bob.id()));
        var dialog = _get(Dialog.class, spec -> spec.withId(ProposeTimeDialog.ID));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Bob Babbage eine andere Zeit vorschlagen");
        @SuppressWarnings("unchecked")
        Select<Slot> slots = _get(Select.class, spec -> spec.withId("propose-slot"));
        assertThat(slots.getItemLabelGenerator().apply(slots.getValue())).isEqualTo(day + " · 19:15–19:30");
        _click(button("send-proposal"));

        NotificationsKt.expectNotifications("Du hast Bob Babbage eine andere Zeit vorgeschlagen: " + day
                + " · 19:15–19:30. Das Treffen wird verschoben, sobald die Person annimmt.");
        assertThat(text("match-" + bob.id() + "-proposal")).isEqualTo("Dein Vorschlag: 19:15–19:30");
        assertThat(button("withdraw-time-" + bob.id()).getText()).isEqualTo("Zurückziehen");
    }

    @Test
    void aProposedTimeIsAcceptedAndBothSeeTheMeetingMove() {
        var event = eventWithAll("Moving meetings");
        setOut(event, 19, 0, 20, 0, "Lounge", 2);
        match(ada, bob, event);
        String day = DAY.format(day(event));
        signInAs(ada);
        openMatches(event);

        var propose = button("propose-time-" + bob.id());
        assertThat(propose.getText()).isEqualTo("Propose another time");
        _click(propose);
        var dialog = _get(Dialog.class, spec -> spec.withId(ProposeTimeDialog.ID));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Propose another time to Bob Babbage");
        @SuppressWarnings("unchecked")
        Select<Slot> slots = _get(Select.class, spec -> spec.withId("propose-slot"));
        List<Slot> free = slots.getListDataView().getItems().toList();
        assertThat(free).extracting(slot -> slots.getItemLabelGenerator().apply(slot))
                .containsExactly(day + " · 19:15–19:30", day + " · 19:30–19:45", day + " · 19:45–20:00");
        _setValue(slots, free.get(1));
        _click(button("send-proposal"));

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("You proposed " + day + " · 19:30–19:45 to Bob Babbage. The meeting moves "
                + "once they accept.");
        assertThat(text("match-" + bob.id() + "-time")).isEqualTo(day + " · 19:00–19:15 · Table Lounge");
        assertThat(text("match-" + bob.id() + "-proposal")).isEqualTo("You proposed 19:30–19:45");
        assertThat(button("withdraw-time-" + bob.id()).isVisible()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("accept-time-" + bob.id()));

        signInAs(bob);
        openMatches(event);
        assertThat(text("match-" + ada.id() + "-proposal")).isEqualTo("Ada Lovelace proposes 19:30–19:45");
        _assertNone(Button.class, spec -> spec.withId("withdraw-time-" + ada.id()));
        var accept = button("accept-time-" + ada.id());
        assertThat(accept.isDisableOnClick()).as("a double click answers once").isTrue();
        _click(accept);

        NotificationsKt.expectNotifications("Your meeting with Ada Lovelace moves to " + day + " · 19:30–19:45.");
        assertThat(text("match-" + ada.id() + "-time")).isEqualTo(day + " · 19:30–19:45 · Table Lounge");
        _assertNone(Component.class, spec -> spec.withId("match-" + ada.id() + "-proposal"));

        signInAs(ada);
        openMatches(event);
        assertThat(text("match-" + bob.id() + "-time")).isEqualTo(day + " · 19:30–19:45 · Table Lounge");
        _assertNone(Component.class, spec -> spec.withId("match-" + bob.id() + "-proposal"));
    }

    @Test
    void theOtherDeclinesAndTheProposerWithdrawsAndTheMeetingKeepsItsTime() {
        var event = eventWithAll("Staying put");
        setOut(event, 19, 0, 20, 0, "Lounge", 2);
        var meeting = match(ada, bob, event);
        String day = DAY.format(day(event));
        meetingSchedule.propose(ada.id(), event.id(), meeting, at(event, 19, 45));

        signInAs(bob);
        openMatches(event);
        _click(button("decline-time-" + ada.id()));
        NotificationsKt.expectNotifications("Proposal declined. Your meeting keeps its time.");
        _assertNone(Component.class, spec -> spec.withId("match-" + ada.id() + "-proposal"));
        assertThat(text("match-" + ada.id() + "-time")).isEqualTo(day + " · 19:00–19:15 · Table Lounge");

        meetingSchedule.propose(ada.id(), event.id(), meeting, at(event, 19, 15));
        signInAs(ada);
        openMatches(event);
        _click(button("withdraw-time-" + bob.id()));
        NotificationsKt.expectNotifications("Proposal withdrawn. Your meeting keeps its time.");
        _assertNone(Component.class, spec -> spec.withId("match-" + bob.id() + "-proposal"));
        assertThat(meetingSchedule.mine(bob.id(), event.id())).singleElement()
                .satisfies(mine -> assertThat(mine.proposal()).isNull());
    }

    @Test
    void withNoOtherFreeTimeTheDialogSaysSo() {
        var event = eventWithAll("One slot only");
        setOut(event, 19, 0, 19, 15, "Lounge", 2);
        match(ada, bob, event);
        signInAs(ada);
        openMatches(event);

        _click(button("propose-time-" + bob.id()));

        assertThat(text("propose-no-slots")).startsWith("There is no other time when you are both free");
        _assertNone(Select.class, spec -> spec.withId("propose-slot"));
        _assertNone(Button.class, spec -> spec.withId("send-proposal"));
    }

    @Test
    void aTimeTakenMeanwhileIsRefusedInWords() {
        var event = eventWithAll("Busy lounge");
        setOut(event, 19, 0, 19, 30, "Lounge", 2);
        var meeting = match(ada, bob, event);
        meetingSchedule.propose(ada.id(), event.id(), meeting, at(event, 19, 15));
        // Cleo and Dan become a match and take the one table at 19:15.
        match(cleo, dan, event);
        signInAs(bob);
        openMatches(event);

        _click(button("accept-time-" + ada.id()));

        NotificationsKt.expectNotifications("That time is no longer free for both of you; propose another one.");
        assertThat(text("match-" + ada.id() + "-time")).endsWith(" · 19:00–19:15 · Table Lounge");
    }

    /** A published event (Berlin, 18:30 to 21:30) where Ada, Bob, Cleo and Dan hold confirmed places. */
    private Event eventWithAll(String title) {
        var event = fixtures.published(title, 40, false);
        for (Account attendee : List.of(ada, bob, cleo, dan)) {
            registrations.register(attendee.id(), event.id());
        }
        return event;
    }

    /** One session from and until these local times, and one table. */
    private void setOut(Event event, int fromHour, int fromMinute, int untilHour, int untilMinute, String table,
                        int seats) {
        meetingSchedule.addSession(organizer.id(), event.id(), new SessionInput("Evening",
                at(event, fromHour, fromMinute), at(event, untilHour, untilMinute), 15));
        meetingSchedule.addTable(organizer.id(), event.id(), new TableInput(table, seats));
    }

    private MeetingRequestId match(Account from, Account to, Event event) {
        var request = meetingRequests.request(from.id(), event.id(), to.id(), null);
        meetingRequests.accept(to.id(), event.id(), request.id());
        return request.id();
    }

    private static LocalDate day(Event event) {
        return event.localStart().toLocalDate();
    }

    private static Instant at(Event event, int hour, int minute) {
        LocalDateTime local = day(event).atTime(hour, minute);
        return local.atZone(BERLIN).toInstant();
    }

    private static void openMatches(Event event) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/people",
                QueryParameters.simple(Map.of(MyMeetingsView.TAB_PARAMETER, "matches")));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
