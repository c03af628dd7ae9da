package org.mingle.web.meetings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.matching.PersonToMeet;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.BlockedPerson;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.profiles.ProfileFixtures;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.shell.Routes;
import org.mingle.web.vaadin.KaribuViewTest;

/** Another person's page: their profile as the viewer may see it, blocking, and a meeting request from an event. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonViewTest extends KaribuViewTest {

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    ProfileService profileService;
    @Inject
    RecommendationService recommendationService;
    @Inject
    BlockService blockService;

    private Account organizer;
    private Account ada;
    private Account bob;
    private Account cleo;
    private Account stranger;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        organizer = signUp("Olga Organizer", "olga@example.org");
        ada = signUp("Ada Lovelace", "ada@example.org");
        bob = signUp("Bob Babbage", "bob@example.org");
        cleo = signUp("Cleo Clarke", "cleo@example.org");
        stranger = signUp("Stella Stranger", "stella@example.org");
        fixtures = new EventFixtures(eventService, organizer.id());
        var profiles = new ProfileFixtures(profileService);
        profiles.save(ada.id(), "Climate founder", List.of("Climate Tech", "Rust"), List.of(), List.of(), List.of());
        profiles.save(bob.id(), new ProfileInput(null, "Angel investor", "Private notes about me", "Babbage Capital",
                "", null, List.of("Climate Tech", "Rust"), List.of(), List.of(), List.of("https://bob.example.org"),
                Map.of("headline", "ATTENDEES", "bio", "PRIVATE", "company", "PUBLIC", "links", "CONNECTIONS")));
        profiles.save(cleo.id(), "Rustacean", List.of("Rust"), List.of(), List.of(), List.of());
    }

    @Test
    void aFellowAttendeeSeesWhatIsSharedWithAttendeesAndNothingHidden() {
        var event = eventWithAll("Founders and funders");
        signInAs(ada);

        Routes.go(UI.getCurrent(), Routes.person(bob.id(), event.id()));

        assertThat(text("person-name")).isEqualTo("Bob Babbage");
        assertThat(text("person-headline")).isEqualTo("Angel investor");
        assertThat(text("person-company")).isEqualTo("Babbage Capital");
        assertThat(textRecursively("person-interests")).contains("Climate Tech", "Rust");
        _assertNone(Component.class, spec -> spec.withId("person-bio"));
        _assertNone(Component.class, spec -> spec.withId("person-links"));
        assertThat(textRecursively("person")).doesNotContain("Private notes", "bob.example.org");
        assertThat(_get(RouterLink.class, spec -> spec.withId("back-to-people")).getHref())
                .isEqualTo("events/" + event.id() + "/people");
        assertThat(button("request-meeting").isVisible()).isTrue();
    }

    @Test
    void someoneWhoSharesNoEventSeesOnlyThePublicFields() {
        signInAs(stranger);

        UI.getCurrent().navigate("people/" + bob.id());

        assertThat(text("person-name")).isEqualTo("Bob Babbage");
        assertThat(text("person-company")).isEqualTo("Babbage Capital");
        _assertNone(Component.class, spec -> spec.withId("person-headline"));
        _assertNone(Component.class, spec -> spec.withId("person-interests"));
        _assertNone(Button.class, spec -> spec.withId("request-meeting"));
        assertThat(button("block").isVisible()).isTrue();
    }

    @Test
    void oneSeesOnesOwnPageWithoutBlockingOrRequests() {
        signInAs(ada);

        UI.getCurrent().navigate("people/" + ada.id());

        assertThat(_get(RouterLink.class, spec -> spec.withId("person-edit-profile")).getHref()).isEqualTo("profile");
        _assertNone(Button.class, spec -> spec.withId("block"));
        _assertNone(Button.class, spec -> spec.withId("request-meeting"));
    }

    @Test
    void blockingAfterAConfirmationHidesThePersonFromTheRecommendationsUntilUnblocked() {
        var event = eventWithAll("Blocking social");
        assertThat(recommended(ada, event)).contains(bob.id().toString());
        signInAs(ada);
        Routes.go(UI.getCurrent(), Routes.person(bob.id(), event.id()));

        _click(button("block"));
        var dialog = _get(Dialog.class, spec -> spec.withId("block-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Block Bob Babbage?");
        _click(button("confirm-block"));

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Bob Babbage is blocked.");
        assertThat(blockService.blocked(ada.id())).extracting(BlockedPerson::accountId).containsExactly(bob.id());
        assertThat(recommended(ada, event)).doesNotContain(bob.id().toString());
        assertThat(text("person-blocked")).startsWith("You blocked Bob Babbage.");
        _assertNone(Button.class, spec -> spec.withId("request-meeting"));
        _assertNone(Button.class, spec -> spec.withId("block"));

        // Neither sees the other among the people to meet.
        UI.getCurrent().navigate("events/" + event.id() + "/people");
        _assertNone(Div.class, spec -> spec.withId("person-" + bob.id()));
        assertThat(_get(Div.class, spec -> spec.withId("person-" + cleo.id())).isVisible()).isTrue();
        signInAs(bob);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/people");
        _assertNone(Div.class, spec -> spec.withId("person-" + ada.id()));

        // Ada's profile lists the block, and she lifts it from there.
        signInAs(ada);
        UI.getCurrent().navigate("profile");
        assertThat(textRecursively("blocked-people")).contains("Bob Babbage");
        _click(button("unblock-" + bob.id()));
        _assertNone(Button.class, spec -> spec.withId("unblock-" + bob.id()));
        assertThat(text("blocked-people-empty")).isEqualTo("You have not blocked anyone.");
        assertThat(recommended(ada, event)).contains(bob.id().toString());
    }

    @Test
    void cancellingTheBlockDialogBlocksNobodyAndUnblockLiftsABlock() {
        signInAs(cleo);
        UI.getCurrent().navigate("people/" + stranger.id());

        _click(button("block"));
        _click(button("cancel-block"));
        assertThat(blockService.blocked(cleo.id())).isEmpty();

        blockService.block(cleo.id(), stranger.id());
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("people/" + stranger.id());
        _click(button("unblock"));

        NotificationsKt.expectNotifications("Stella Stranger is no longer blocked.");
        assertThat(blockService.blocked(cleo.id())).isEmpty();
        assertThat(button("block").isVisible()).isTrue();
    }

    @Test
    void aGermanPageBlocksAndUnblocksInGerman() {
        signInAs(stranger);
        UI.getCurrent().setLocale(Locale.GERMANY);
        UI.getCurrent().navigate("people/" + ada.id());

        assertThat(button("block").getText()).isEqualTo("Blockieren");
        _click(button("block"));
        assertThat(_get(Dialog.class, spec -> spec.withId("block-dialog")).getHeaderTitle())
                .isEqualTo("Ada Lovelace blockieren?");
        _click(button("confirm-block"));
        NotificationsKt.expectNotifications("Ada Lovelace ist blockiert.");
        assertThat(text("person-blocked")).startsWith("Du hast Ada Lovelace blockiert.");

        _click(button("unblock"));
        NotificationsKt.expectNotifications("Ada Lovelace ist nicht mehr blockiert.");
        assertThat(blockService.blocked(stranger.id())).isEmpty();
    }

    @Test
    void fromAnEventBothAttendAMeetingIsRequestedOnThePersonsPage() {
        var event = eventWithAll("Rust meetup");
        signInAs(ada);
        Routes.go(UI.getCurrent(), Routes.person(cleo.id(), event.id()));

        _click(button("request-meeting"));
        assertThat(_get(Dialog.class, spec -> spec.withId(MeetingRequestDialog.ID)).getHeaderTitle())
                .isEqualTo("Request a meeting with Cleo Clarke");
        _click(button("send-request"));

        NotificationsKt.expectNotifications("Request sent to Cleo Clarke. Their answer appears under Requests.");
        assertThat(_get(Span.class, spec -> spec.withId("person-meeting-state")).getText()).isEqualTo("Requested");
        _assertNone(Button.class, spec -> spec.withId("request-meeting"));
    }

    @Test
    void noMeetingRequestWhenThePersonHasNoConfirmedPlace() {
        var event = eventWithAll("Members only");
        signInAs(ada);

        Routes.go(UI.getCurrent(), Routes.person(stranger.id(), event.id()));

        assertThat(text("person-name")).isEqualTo("Stella Stranger");
        _assertNone(Button.class, spec -> spec.withId("request-meeting"));
    }

    @Test
    void anUnknownPersonShowsTheNotFoundPage() {
        signInAs(ada);

        UI.getCurrent().navigate("people/" + UUID.randomUUID());
        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Not found");

        UI.getCurrent().navigate("people/not-an-id");
        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Not found");
        _assertNone(PersonView.class);
    }

    private Event eventWithAll(String title) {
        var event = fixtures.published(title, 40, false);
        for (Account attendee : List.of(ada, bob, cleo)) {
            registrations.register(attendee.id(), event.id());
        }
        return event;
    }

    private List<String> recommended(Account viewer, Event event) {
        return recommendationService.recommendations(viewer.id(), event.id(), 20).stream()
                .map(PersonToMeet::accountId).map(Object::toString).toList();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }

    private static String textRecursively(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
