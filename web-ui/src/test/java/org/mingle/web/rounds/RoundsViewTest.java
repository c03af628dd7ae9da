package org.mingle.web.rounds;

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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.rounds.OddCount;
import org.mingle.domain.rounds.RoundService;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

/** The organizer's speed-networking page: planning rounds, the messages at the fields, the plan and who may see it. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundsViewTest extends KaribuViewTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    RoundService roundService;

    private Account organizer;
    private List<Account> attendees;
    private Account late;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        organizer = signUp("Olga Organizer", "olga.rounds@example.org");
        attendees = List.of(signUp("Ana Lima", "ana.rounds@example.org"),
                signUp("Ben Okafor", "ben.rounds@example.org"),
                signUp("Cleo Clarke", "cleo.rounds@example.org"),
                signUp("Dan Dahl", "dan.rounds@example.org"));
        late = signUp("Lou Late", "lou.rounds@example.org");
        fixtures = new EventFixtures(eventService, organizer.id());
    }

    @Test
    void theOrganizerPlansThreeRoundsForThePeopleCheckedInAndSeesEveryoneOncePerRound() {
        var event = eventWithCheckedIn("Speed mixer", attendees);
        registrations.register(late.id(), event.id()); // confirmed, but not here yet
        signInAs(organizer);
        open(event);
        assertThat(text("rounds-empty")).startsWith("No rounds planned yet.");

        var start = LocalDate.now(BERLIN).plusDays(1).atTime(18, 0);
        fill(3, 8, start, 2);
        var generate = _get(Button.class, spec -> spec.withId("generate-rounds"));
        assertThat(generate.isDisableOnClick()).as("a double click plans once").isTrue();
        _click(generate);

        NotificationsKt.expectNotifications("3 rounds planned for 4 people.");
        assertThat(generate.isEnabled()).isTrue();
        _assertNone(Component.class, spec -> spec.withId("rounds-empty"));
        assertThat(_find(Section.class, spec -> spec.withClasses("round")))
                .extracting(round -> round.getId().orElse("")).containsExactly("round-1", "round-2", "round-3");
        assertThat(text("round-1-heading")).isEqualTo("Round 1 · 18:00–18:08");
        assertThat(text("round-2-heading")).isEqualTo("Round 2 · 18:10–18:18");
        assertThat(text("round-3-heading")).isEqualTo("Round 3 · 18:20–18:28");
        List<String> expected = attendees.stream().map(a -> a.id().toString()).toList();
        for (int n = 1; n <= 3; n++) {
            int round = n;
            var tables = _find(ListItem.class, spec -> spec.withClasses("round-table")).stream()
                    .filter(item -> item.getId().orElse("").startsWith("round-" + round + "-table-")).toList();
            assertThat(tables).as("two pairs in round %d", n).hasSize(2);
            List<String> seated = new ArrayList<>();
            tables.forEach(table -> seated.addAll(Arrays.asList(table.getElement().getAttribute("data-people")
                    .split(" "))));
            assertThat(seated).as("everyone checked in, once, in round %d", n)
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(text("round-" + n + "-table-1")).startsWith("Table 1: ");
            assertThat(text("round-" + n + "-table-1-names")).matches("[A-Z][a-z]+ [A-Za-z]+ & [A-Z][a-z]+ [A-Za-z]+");
            // Each face beside the names (initials here: nobody has a photo), hidden from screen readers, which
            // read the names.
            var faces = _get(_get(ListItem.class, spec -> spec.withId("round-" + round + "-table-1")), Div.class,
                    spec -> spec.withClasses("round-table-faces"));
            assertThat(faces.getChildren().count()).isEqualTo(2);
            assertThat(faces.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        }
        assertThat(text("rounds-schedule")).doesNotContain("Lou Late").contains("Ana Lima", "Ben Okafor");
        assertThat(_get(Button.class, spec -> spec.withId("print-rounds")).isVisible()).isTrue();
        assertThat(roundService.schedule(organizer.id(), event.id()).rounds()).hasSize(3);
    }

    @Test
    void anOddCountRestsOnePersonARoundWhenTheOrganizerSaysSo() {
        var event = eventWithCheckedIn("Odd one out", attendees.subList(0, 3));
        signInAs(organizer);
        open(event);

        fill(3, 5, LocalDate.now(BERLIN).plusDays(1).atTime(19, 0), 0);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("odd-count")), OddCount.REST);
        _click(_get(Button.class, spec -> spec.withId("generate-rounds")));

        List<String> resting = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            int round = n;
            assertThat(text("round-" + n + "-resting")).startsWith("Resting: ");
            resting.add(_get(Component.class, spec -> spec.withId("round-" + round + "-resting")).getElement()
                    .getAttribute("data-people"));
            assertThat(text("round-" + n + "-table-1")).startsWith("Table 1: ").contains(" & ");
        }
        assertThat(resting).as("nobody rests twice while anyone has not rested")
                .containsExactlyInAnyOrderElementsOf(attendees.subList(0, 3).stream().map(a -> a.id().toString())
                        .toList());
    }

    @Test
    void refusedFieldsShowTheirMessagesNextToThemAndNothingIsPlanned() {
        var event = eventWithCheckedIn("Careful planners", attendees);
        signInAs(organizer);
        open(event);

        fill(0, 1, LocalDate.now(BERLIN).plusDays(1).atTime(18, 0), 45);
        _click(_get(Button.class, spec -> spec.withId("generate-rounds")));

        var rounds = _get(IntegerField.class, spec -> spec.withId("rounds-count"));
        assertThat(rounds.isInvalid()).isTrue();
        assertThat(rounds.getErrorMessage()).isEqualTo("Number of rounds must be between 1 and 20");
        var minutes = _get(IntegerField.class, spec -> spec.withId("minutes-per-round"));
        assertThat(minutes.getErrorMessage()).isEqualTo("Minutes per round must be between 2 and 60");
        assertThat(_get(IntegerField.class, spec -> spec.withId("break-minutes")).getErrorMessage())
                .isEqualTo("Break must be between 0 and 30");
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("rounds-starts-at")).isInvalid()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("generate-rounds")).isEnabled()).isTrue();
        assertThat(roundService.schedule(organizer.id(), event.id()).rounds()).isEmpty();

        // Put right, the messages go away and the rounds are planned.
        fill(2, 8, LocalDate.now(BERLIN).plusDays(1).atTime(18, 0), 1);
        _click(_get(Button.class, spec -> spec.withId("generate-rounds")));
        assertThat(rounds.isInvalid()).isFalse();
        assertThat(minutes.isInvalid()).isFalse();
        assertThat(_find(Section.class, spec -> spec.withClasses("round"))).hasSize(2);
    }

    @Test
    void withFewerThanTwoPeopleCheckedInTheRuleIsExplainedAtTheForm() {
        var event = eventWithCheckedIn("Quiet evening", attendees.subList(0, 1));
        registrations.register(attendees.get(1).id(), event.id());
        signInAs(organizer);
        open(event);

        _click(_get(Button.class, spec -> spec.withId("generate-rounds")));

        assertThat(text("rounds-form-error")).isEqualTo("Speed networking needs at least two people checked in; "
                + "check people in, or include everyone confirmed.");
        assertThat(roundService.schedule(organizer.id(), event.id()).rounds()).isEmpty();
    }

    @Test
    void beforeTheEventTheFormDefaultsToItsStartInItsZone() {
        var event = eventWithCheckedIn("Early birds", attendees.subList(0, 2));
        signInAs(organizer);
        open(event);

        var start = _get(DateTimePicker.class, spec -> spec.withId("rounds-starts-at")).getValue();
        assertThat(start).isEqualTo(event.localStart().toLocalDateTime());
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("rounds-starts-at")).getHelperText())
                .isEqualTo("Local time in Europe/Berlin.");
    }

    @Test
    void theOrganizerAnnouncesRoundAfterRoundAndThePlanMarksThem() {
        var event = eventWithCheckedIn("Called rounds", attendees);
        signInAs(organizer);
        open(event);
        _assertNone(Button.class, spec -> spec.withId("announce-round")); // nothing to announce before a plan
        fill(2, 8, LocalDate.now(BERLIN).plusDays(1).atTime(18, 0), 2);
        _click(_get(Button.class, spec -> spec.withId("generate-rounds")));
        NotificationsKt.clearNotifications();

        var announce = _get(Button.class, spec -> spec.withId("announce-round"));
        assertThat(announce.getText()).isEqualTo("Announce next round");
        assertThat(announce.isDisableOnClick()).as("a double click calls one round").isTrue();
        _click(announce);

        NotificationsKt.expectNotifications("Round 1 announced");
        assertThat(text("round-1-announced")).matches("Announced \\d{2}:\\d{2}");
        assertThat(_get(Section.class, spec -> spec.withId("round-1")).getClassNames()).contains("round-announced");
        _assertNone(Component.class, spec -> spec.withId("round-2-announced"));
        assertThat(roundService.schedule(organizer.id(), event.id()).rounds().get(0).announcedAt()).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("announce-round")));
        NotificationsKt.expectNotifications("Round 2 announced");
        assertThat(text("round-2-announced")).startsWith("Announced ");

        _click(_get(Button.class, spec -> spec.withId("announce-round")));
        NotificationsKt.expectNotifications("There is no round left to announce.");
        assertThat(_get(Button.class, spec -> spec.withId("announce-round")).isEnabled()).isTrue();
    }

    @Test
    void theDashboardLeadsOrganizersHere() {
        var event = eventWithCheckedIn("Linked mixer", attendees.subList(0, 2));
        signInAs(organizer);

        UI.getCurrent().navigate("events/" + event.id() + "/manage");

        var link = _get(RouterLink.class, spec -> spec.withId("open-rounds"));
        assertThat(link.getText()).isEqualTo("Speed networking");
        assertThat(link.getHref()).isEqualTo("events/" + event.id() + "/rounds");
    }

    @Test
    void someoneOffTheTeamGetsTheNotFoundPageAndCannotPlan() {
        var event = eventWithCheckedIn("Members only", attendees);
        signInAs(attendees.get(0));

        UI.getCurrent().navigate("events/" + event.id() + "/rounds");

        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
        _assertNone(RoundsView.class);
        _assertNone(Button.class, spec -> spec.withId("generate-rounds"));

        UI.getCurrent().navigate("events/" + UUID.randomUUID() + "/rounds");
        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
    }

    @Test
    void aGermanPageSpeaksGermanFromTheFormToThePlan() {
        var event = eventWithCheckedIn("Speed-Dating der Gründer", attendees);
        signInAs(organizer);
        UI.getCurrent().setLocale(Locale.GERMANY);
        open(event);

        assertThat(text("rounds-empty")).startsWith("Noch keine Runden geplant.");
        assertThat(_get(IntegerField.class, spec -> spec.withId("rounds-count")).getLabel())
                .isEqualTo("Anzahl der Runden");
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("rounds-starts-at")).getHelperText())
                .isEqualTo("Ortszeit in Europe/Berlin.");
        fill(2, 8, LocalDate.now(BERLIN).plusDays(1).atTime(18, 0), 2);
        _click(_get(Button.class, spec -> spec.withId("generate-rounds")));

        NotificationsKt.expectNotifications("2 Runden für 4 Personen geplant.");
        assertThat(text("round-1-heading")).isEqualTo("Runde 1 · 18:00–18:08");
        assertThat(text("round-2-table-1")).startsWith("Tisch 1: ").contains(" & ");
        assertThat(_get(Button.class, spec -> spec.withId("announce-round")).getText())
                .isEqualTo("Nächste Runde aufrufen");
    }

    /** A published event (Berlin) where these people hold confirmed places and are checked in. */
    private Event eventWithCheckedIn(String title, List<Account> present) {
        var event = fixtures.published(title, 40, false);
        for (Account attendee : present) {
            var registration = registrations.register(attendee.id(), event.id());
            registrations.checkIn(organizer.id(), event.id(), registration.checkInCode());
        }
        return event;
    }

    private static void fill(int rounds, int minutes, LocalDateTime start, int pause) {
        _setValue(_get(IntegerField.class, spec -> spec.withId("rounds-count")), rounds);
        _setValue(_get(IntegerField.class, spec -> spec.withId("minutes-per-round")), minutes);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("rounds-starts-at")), start);
        _setValue(_get(IntegerField.class, spec -> spec.withId("break-minutes")), pause);
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/rounds");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

}
