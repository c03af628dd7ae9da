package org.mingle.web.rounds;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.rounds.RoundService;
import org.mingle.domain.rounds.RoundsInput;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.profiles.ProfileFixtures;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

/** An attendee's rounds: the table and companions with the reasons, resting, and the friendly words before that. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyRoundsViewTest extends KaribuViewTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    RoundService roundService;
    @Inject
    ProfileService profileService;

    private Account organizer;
    private Account ada;
    private Account bob;
    private Account cleo;
    private Account dan;
    private Account eve;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        organizer = signUp("Olga Organizer", "olga.myrounds@example.org");
        ada = signUp("Ada Lovelace", "ada.myrounds@example.org");
        bob = signUp("Bob Babbage", "bob.myrounds@example.org");
        cleo = signUp("Cleo Clarke", "cleo.myrounds@example.org");
        dan = signUp("Dan Dahl", "dan.myrounds@example.org");
        eve = signUp("Eve Evans", "eve.myrounds@example.org");
        fixtures = new EventFixtures(eventService, organizer.id());
        var profiles = new ProfileFixtures(profileService);
        profiles.save(ada.id(), "Climate founder", List.of("Climate Tech", "Rust"), List.of("INVESTMENT"), List.of(),
                List.of());
        profiles.save(bob.id(), "Angel investor", List.of("Climate Tech", "Rust"), List.of(), List.of("INVESTMENT"),
                List.of());
        profiles.save(cleo.id(), "", List.of("Rust"), List.of(), List.of(), List.of());
    }

    @Test
    void anAttendeeSeesTheirTableAndCompanionWithTheReasonsForEachRound() {
        var event = eventWithCheckedIn("Pairs evening", List.of(ada, bob, cleo, eve));
        plan(event, 3, "TRIO");
        signInAs(ada);

        open(event);

        assertThat(_find(Div.class, spec -> spec.withClasses("round-card")))
                .extracting(card -> card.getId().orElse("")).containsExactly("my-round-1", "my-round-2", "my-round-3");
        assertThat(text("my-round-1-title")).matches("Round 1 · 18:00–18:08 · Table [12]");
        assertThat(text("my-round-2-title")).matches("Round 2 · 18:10–18:18 · Table [12]");
        assertThat(text("my-round-3-title")).matches("Round 3 · 18:20–18:28 · Table [12]");
        // One companion a round, someone new each time: with four people, three rounds meet everyone once.
        var companions = _find(Div.class, spec -> spec.withClasses("round-companion"));
        assertThat(companions).extracting(c -> c.getElement().getAttribute("data-account-id"))
                .containsExactlyInAnyOrder(bob.id().toString(), cleo.id().toString(), eve.id().toString());
        var withBob = companions.stream().filter(c -> c.getId().orElse("").endsWith("-person-" + bob.id()))
                .findFirst().orElseThrow().getId().orElseThrow();
        String round = withBob.substring(0, withBob.indexOf("-person-"));
        assertThat(_get(Div.class, spec -> spec.withId(round)).getElement().getAttribute("data-table"))
                .isNotBlank();
        var name = _get(RouterLink.class, spec -> spec.withId(withBob + "-name"));
        assertThat(name.getText()).isEqualTo("Bob Babbage");
        assertThat(name.getHref()).isEqualTo("people/" + bob.id() + "?event=" + event.id());
        assertThat(text(withBob + "-headline")).isEqualTo("Angel investor");
        var reasons = _find(_get(Component.class, spec -> spec.withId(withBob + "-reasons")), ListItem.class);
        assertThat(reasons).extracting(ListItem::getText).contains("You are both into Climate Tech",
                "You are raising investment; they are investing");
        _assertNone(Div.class, spec -> spec.withClasses("round-card-resting"));
        _assertNone(Div.class, spec -> spec.withId("my-rounds-empty"));
        _assertNone(Div.class, spec -> spec.withId("my-rounds-not-attendee"));
    }

    @Test
    void whenEveryoneHasMetTheAttendeeRestsAndIsToldSo() {
        var event = eventWithCheckedIn("Just the two of us", List.of(ada, bob));
        plan(event, 2, "TRIO");
        signInAs(ada);

        open(event);

        assertThat(text("my-round-1-title")).isEqualTo("Round 1 · 18:00–18:08 · Table 1");
        assertThat(text("my-round-1-person-" + bob.id() + "-name")).isEqualTo("Bob Babbage");
        assertThat(text("my-round-2-title")).isEqualTo("Round 2 · 18:10–18:18");
        assertThat(text("my-round-2-resting")).startsWith("You rest this round");
    }

    @Test
    void withAnOddCountEachAttendeeRestsOnceAndIsToldSo() {
        var event = eventWithCheckedIn("Trio night", List.of(ada, bob, cleo));
        plan(event, 3, "REST");
        signInAs(cleo);

        open(event);

        assertThat(_find(Div.class, spec -> spec.withClasses("round-card"))).hasSize(3);
        var resting = _find(Div.class, spec -> spec.withClasses("round-card-resting"));
        assertThat(resting).hasSize(1);
        String rid = resting.get(0).getId().orElseThrow();
        assertThat(text(rid + "-title")).doesNotContain("Table");
        assertThat(text(rid + "-resting")).startsWith("You rest this round");
        // In the two other rounds Cleo sits with someone, and her empty headline is not shown to them either.
        assertThat(_find(Div.class, spec -> spec.withClasses("round-companion"))).hasSize(2);
    }

    @Test
    void aCalledRoundShowsABannerWithTheTable() {
        var event = eventWithCheckedIn("Called to the tables", List.of(ada, bob));
        plan(event, 2, "TRIO");
        roundService.announceNext(organizer.id(), event.id());
        signInAs(ada);

        open(event);

        var banner = _get(Div.class, spec -> spec.withId("round-call"));
        assertThat(banner.getText()).isEqualTo("Round 1 has been called: go to table 1");
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(_get(Div.class, spec -> spec.withId("my-round-1")).getClassNames()).contains("round-card-called");
        assertThat(_get(Div.class, spec -> spec.withId("my-round-2")).getClassNames())
                .doesNotContain("round-card-called");

        // The next call replaces the first: in round 2 the two have met already, so Ada rests.
        roundService.announceNext(organizer.id(), event.id());
        _click(_get(Button.class, spec -> spec.withId("refresh-my-rounds")));
        assertThat(text("round-call")).isEqualTo("Round 2 has been called: you sit this round out");
    }

    @Test
    void aGermanPageCallsToTheTableInGerman() {
        var event = eventWithCheckedIn("Tischrunden", List.of(ada, bob));
        plan(event, 2, "TRIO");
        roundService.announceNext(organizer.id(), event.id());
        signInAs(ada);
        UI.getCurrent().setLocale(Locale.GERMANY);

        open(event);

        assertThat(text("round-call")).isEqualTo("Runde 1 ist aufgerufen: Geh zu Tisch 1");
        assertThat(text("my-round-1-title")).isEqualTo("Runde 1 · 18:00–18:08 · Tisch 1");
        assertThat(text("my-round-2-title")).isEqualTo("Runde 2 · 18:10–18:18");
        assertThat(text("my-round-2-resting")).startsWith("Du hast diese Runde Pause");
        assertThat(_get(Button.class, spec -> spec.withId("refresh-my-rounds")).getText()).isEqualTo("Aktualisieren");
    }

    @Test
    void theOpenPageAsksForNewsAndShowsTheCallWithoutAReload() {
        var event = eventWithCheckedIn("Polling phones", List.of(ada, bob));
        plan(event, 1, "TRIO");
        signInAs(bob);
        open(event);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(MyRoundsView.POLL_MILLIS).isEqualTo(15_000);
        _assertNone(Div.class, spec -> spec.withId("round-call"));

        roundService.announceNext(organizer.id(), event.id());
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(text("round-call")).isEqualTo("Round 1 has been called: go to table 1");

        // Elsewhere the page no longer asks.
        UI.getCurrent().navigate("events/" + event.id());
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void beforeTheRoundsArePlannedAnAttendeeGetsAFriendlyWord() {
        var event = eventWithCheckedIn("Not planned yet", List.of(ada, bob));
        signInAs(ada);

        open(event);

        assertThat(text("my-rounds-empty")).startsWith("No speed-networking rounds yet.");
        assertThat(_find(Div.class, spec -> spec.withClasses("round-card"))).isEmpty();
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void someoneWithoutAPlaceGetsAFriendlyWordInsteadOfAnError() {
        var event = eventWithCheckedIn("Guests only", List.of(ada, bob));
        plan(event, 1, "TRIO");
        signInAs(dan);

        open(event);

        assertThat(text("my-rounds-not-attendee")).startsWith("Speed-networking rounds are for the attendees");
        assertThat(_get(RouterLink.class, spec -> spec.withId("my-rounds-go-to-event")).getHref())
                .isEqualTo("events/" + event.id());
        assertThat(_find(Div.class, spec -> spec.withClasses("round-card"))).isEmpty();
        _assertNone(ObjectNotFoundView.class);
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void theEventHomeLeadsConfirmedAttendeesHereAndNobodyElse() {
        var event = eventWithCheckedIn("Linked rounds", List.of(ada, bob));

        signInAs(ada);
        UI.getCurrent().navigate("events/" + event.id());
        var link = _get(RouterLink.class, spec -> spec.withId("home-rounds"));
        assertThat(link.getElement().getTextRecursively()).isEqualTo("Rounds");
        assertThat(link.getHref()).isEqualTo("events/" + event.id() + "/my-rounds");

        signInAs(dan);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id());
        _assertNone(RouterLink.class, spec -> spec.withId("home-rounds"));
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

    /** Rounds of 8 minutes with 2 between, from 18:00 (Berlin) tomorrow. */
    private void plan(Event event, int rounds, String oddCount) {
        var start = LocalDate.now(BERLIN).plusDays(1).atTime(18, 0).atZone(BERLIN).toInstant();
        roundService.generate(organizer.id(), event.id(), new RoundsInput(rounds, 8, start, 2, false, oddCount));
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/my-rounds");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
