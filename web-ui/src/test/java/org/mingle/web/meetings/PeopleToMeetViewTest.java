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
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.meetings.RequestAllowanceException;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.testsupport.TestImages;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.profiles.Avatar;
import org.mingle.web.profiles.ProfileFixtures;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

/** People to meet at an event, meeting requests from sending to accepting, and the matches with contact details. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleToMeetViewTest extends KaribuViewTest {

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingRequestService meetingService;
    @Inject
    ProfileService profileService;
    @Inject
    ProfilePhotoService photoService;

    private Account organizer;
    private Account ada;
    private Account bob;
    private Account cleo;
    private Account dan;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        organizer = signUp("Olga Organizer", "olga@example.org");
        ada = signUp("Ada Lovelace", "ada@example.org");
        bob = signUp("Bob Babbage", "bob@example.org");
        cleo = signUp("Cleo Clarke", "cleo@example.org");
        dan = signUp("Dan Dahl", "dan@example.org");
        fixtures = new EventFixtures(eventService, organizer.id());
        var profiles = new ProfileFixtures(profileService);
        profiles.save(ada.id(), "Climate founder", List.of("Climate Tech", "Rust"), List.of("INVESTMENT"), List.of(),
                List.of("https://ada.example.org"));
        profiles.save(bob.id(), "Angel investor", List.of("Climate Tech", "Rust"), List.of(), List.of("INVESTMENT"),
                List.of("https://bob.example.org/"));
        profiles.save(cleo.id(), "", List.of("Rust"), List.of(), List.of(), List.of());
    }

    @Test
    void aConfirmedAttendeeSeesThePeopleToMeetWithTheReasons() {
        var event = eventWithAll("Climate founders mixer");
        signInAs(ada);

        open(event);

        assertThat(cardIds()).containsExactly("person-" + bob.id(), "person-" + cleo.id());
        var name = _get(RouterLink.class, spec -> spec.withId("person-name-" + bob.id()));
        assertThat(name.getText()).isEqualTo("Bob Babbage");
        assertThat(name.getHref()).isEqualTo("people/" + bob.id() + "?event=" + event.id());
        assertThat(textOf("person-" + bob.id())).contains("Angel investor");
        var reasons = _find(_get(Component.class, spec -> spec.withId("reasons-" + bob.id())), ListItem.class);
        assertThat(reasons).extracting(ListItem::getText).contains("You are both into Climate Tech",
                "You are both into Rust", "You are raising investment; they are investing");
        assertThat(reasons).extracting(item -> item.getElement().getAttribute("data-kind"))
                .contains("SHARED_INTEREST", "COMPLEMENTARY_GOAL");
        assertThat(button("request-" + bob.id()).getText()).isEqualTo("Request a meeting");
        _assertNone(Div.class, spec -> spec.withId("people-not-confirmed"));
        _assertNone(Div.class, spec -> spec.withId("profile-hint")); // Ada's profile has enough to match on
    }

    @Test
    void eachCardShowsTheFaceAndCompanyThePersonShowsOrTheirInitials() {
        var event = eventWithAll("Faces and names");
        var gil = signUp("Gil Gallo", "gil@example.org");
        var hana = signUp("Hana Ito", "hana@example.org");
        profileService.update(gil.id(), new ProfileInput(null, "Heat pumps", "", "Warmth GmbH", "", null,
                List.of("Rust"), List.of(), List.of(), List.of(), Map.of()));
        profileService.update(hana.id(), new ProfileInput(null, "Grids", "", "Hidden AG", "", null, List.of("Rust"),
                List.of(), List.of(), List.of(), Map.of("photo", "CONNECTIONS", "company", "CONNECTIONS")));
        var portrait = TestImages.png(TestImages.stripes(300, 300, Color.ORANGE, Color.GRAY));
        photoService.upload(gil.id(), portrait);
        photoService.upload(hana.id(), portrait);
        registrations.register(gil.id(), event.id());
        registrations.register(hana.id(), event.id());
        signInAs(ada);

        open(event);

        var gilFace = _get(Avatar.class, spec -> spec.withId("face-" + gil.id()));
        assertThat(gilFace.showsPhoto()).isTrue();
        assertThat(_get(gilFace, Image.class).getAlt()).contains("Photo of Gil Gallo");
        assertThat(textOf("company-" + gil.id())).isEqualTo("Warmth GmbH");
        var hanaFace = _get(Avatar.class, spec -> spec.withId("face-" + hana.id()));
        assertThat(hanaFace.showsPhoto()).as("shown to connections only").isFalse();
        assertThat(hanaFace.initials()).isEqualTo("HI");
        assertThat(hanaFace.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(hanaFace.getElement().getAttribute("aria-label")).isEqualTo("Hana Ito");
        _assertNone(Span.class, spec -> spec.withId("company-" + hana.id()));
        var cleoFace = _get(Avatar.class, spec -> spec.withId("face-" + cleo.id()));
        assertThat(cleoFace.showsPhoto()).as("no photo at all").isFalse();
        assertThat(cleoFace.initials()).isEqualTo("CC");
    }

    @Test
    void someoneWithoutAConfirmedPlaceGetsAFriendlyWordInsteadOfAnError() {
        var event = eventWithAll("Full house meetup");
        signInAs(dan);

        open(event);

        var notice = _get(Div.class, spec -> spec.withId("people-not-confirmed"));
        assertThat(notice.getElement().getTextRecursively())
                .startsWith("People to meet is for confirmed attendees of this event.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("people-go-to-event")).getHref())
                .isEqualTo("events/" + event.id());
        assertThat(cardIds()).isEmpty();
        _assertNone(ObjectNotFoundView.class);
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void anAttendeeWithNothingToMatchOnIsPointedToTheirProfile() {
        var event = eventWithAll("Blank slates brunch");
        var fay = signUp("Fay Fresh", "fay@example.org");
        registrations.register(fay.id(), event.id());
        signInAs(fay);

        open(event);

        assertThat(textOf("profile-hint")).startsWith("Add your interests and what you are looking for or offering");
        assertThat(_get(RouterLink.class, spec -> spec.withId("profile-hint-link")).getHref()).isEqualTo("profile");
        _assertNone(Div.class, spec -> spec.withId("people-not-confirmed"));
    }

    @Test
    void aRequestIsSentAcceptedAndBothSeeTheMatchWithContactDetails() {
        var event = eventWithAll("Investor speed dating");
        signInAs(ada);
        open(event);

        _click(button("request-" + bob.id()));
        var dialog = _get(Dialog.class, spec -> spec.withId(MeetingRequestDialog.ID));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Request a meeting with Bob Babbage");
        var send = button("send-request");
        assertThat(send.isDisableOnClick()).as("a double click sends one request").isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("request-message")), "Coffee about your climate fund?");
        _click(send);

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Request sent to Bob Babbage. Their answer appears under Requests.");
        assertThat(state(bob)).isEqualTo("Requested");
        _assertNone(Button.class, spec -> spec.withId("request-" + bob.id()));
        assertThat(meetingService.requests(ada.id(), event.id())).singleElement()
                .satisfies(view -> assertThat(view.request().message()).isEqualTo("Coffee about your climate fund?"));

        // Bob sees who asked him, on his card for Ada and in his inbox, and accepts.
        signInAs(bob);
        open(event);
        assertThat(state(ada)).isEqualTo("Asked you");
        assertThat(text("home-meetings-waiting")).as("on the Meetings tab of the event home").isEqualTo("1");
        _click(button("answer-" + ada.id()));
        _get(MyMeetingsView.class);
        assertThat(_get(Tabs.class).getSelectedTab().getId()).contains("tab-requests");
        assertThat(text("incoming-count")).isEqualTo("1");
        var incoming = _get(Div.class, spec -> spec.withId("incoming-requests"));
        assertThat(incoming.getElement().getTextRecursively()).contains("Ada Lovelace", "Climate founder",
                "Coffee about your climate fund?");
        var accept = button("accept-" + ada.id());
        assertThat(accept.isDisableOnClick()).isTrue();
        _click(accept);

        NotificationsKt.expectNotifications("You and Ada Lovelace are a match. Their contact details are under My "
                + "matches.");
        assertThat(_get(Div.class, spec -> spec.withId("incoming-requests")).getElement().getTextRecursively())
                .isEqualTo("Nobody is waiting for your answer.");
        assertThat(_get(Div.class, spec -> spec.withId("past-requests")).getElement().getTextRecursively())
                .contains("Ada Lovelace", "Matched");
        _assertNone(Span.class, spec -> spec.withId("incoming-count"));
        _assertNone(Span.class, spec -> spec.withId("home-meetings-waiting"));
        selectTab("tab-matches");
        assertThat(text("match-" + ada.id() + "-name")).isEqualTo("Ada Lovelace");
        assertThat(_get(Anchor.class, spec -> spec.withText("ada.example.org")).getHref())
                .isEqualTo("https://ada.example.org");
        assertThat(meetingService.matches(bob.id(), event.id())).hasSize(1);

        // Ada finds Bob among her matches, with his link, which only connections see.
        signInAs(ada);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/people", tab("matches"));
        assertThat(text("match-" + bob.id() + "-name")).isEqualTo("Bob Babbage");
        assertThat(text("match-" + bob.id() + "-headline")).isEqualTo("Angel investor");
        assertThat(_get(Anchor.class, spec -> spec.withText("bob.example.org")).getHref())
                .isEqualTo("https://bob.example.org/");
        _assertNone(Component.class, spec -> spec.withId("matches-empty"));
    }

    @Test
    void aTooLongMessageIsShownAtTheFieldAndNothingIsSent() {
        var event = eventWithAll("Long letters salon");
        signInAs(ada);
        open(event);

        _click(button("request-" + cleo.id()));
        var message = _get(TextArea.class, spec -> spec.withId("request-message"));
        message.setValue("x".repeat(501));
        _click(button("send-request"));

        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo("Message must be at most 500 characters");
        assertThat(_get(Dialog.class, spec -> spec.withId(MeetingRequestDialog.ID)).isOpened()).isTrue();
        assertThat(meetingService.requests(ada.id(), event.id())).isEmpty();
    }

    @Test
    void aRefusalByTheRulesIsShownAsANotification() {
        var event = eventWithAll("One request each", 1);
        signInAs(ada);
        open(event);
        _click(button("request-" + bob.id()));
        _click(button("send-request"));
        NotificationsKt.clearNotifications();

        _click(button("request-" + cleo.id()));
        _click(button("send-request"));

        var toBob = meetingService.requests(ada.id(), event.id()).get(0).request();
        var refusal = new RequestAllowanceException(1, toBob.expiresAt(), event.details().timeZone()).getMessage();
        assertThat(refusal).startsWith("You have 1 unanswered requests at this event, the most the organizers allow.")
                .contains("(Europe/Berlin)");
        NotificationsKt.expectNotifications(refusal);
        _assertNone(Dialog.class, spec -> spec.withId(MeetingRequestDialog.ID));
        assertThat(button("request-" + cleo.id()).isEnabled()).isTrue();
        assertThat(state(bob)).isEqualTo("Requested");
    }

    @Test
    void theAddresseeDeclinesAndTheSenderCancels() {
        var event = eventWithAll("Polite refusals");
        meetingService.request(bob.id(), event.id(), ada.id(), null);
        meetingService.request(ada.id(), event.id(), cleo.id(), "Hi Cleo");
        signInAs(ada);
        UI.getCurrent().navigate("events/" + event.id() + "/people", tab("requests"));

        assertThat(_get(Div.class, spec -> spec.withId("outgoing-requests")).getElement().getTextRecursively())
                .contains("Cleo Clarke", "Hi Cleo");
        _click(button("decline-" + bob.id()));
        _click(button("decline-dialog-confirm")); // no suggestion, as the dialog starts
        NotificationsKt.expectNotifications("Request declined.");
        _click(button("cancel-request-" + cleo.id()));
        NotificationsKt.expectNotifications("Request cancelled.");

        var earlier = _get(Div.class, spec -> spec.withId("past-requests")).getElement().getTextRecursively();
        assertThat(earlier).contains("Bob Babbage", "You declined", "Cleo Clarke", "You cancelled it");
        assertThat(meetingService.requests(ada.id(), event.id())).extracting(view -> view.request().status())
                .containsOnly(MeetingRequestStatus.DECLINED, MeetingRequestStatus.CANCELLED);
        // Neither request is open any more, so Ada may ask either of them again.
        open(event);
        assertThat(button("request-" + bob.id()).isVisible()).isTrue();
        assertThat(button("request-" + cleo.id()).isVisible()).isTrue();

        signInAs(bob);
        UI.getCurrent().navigate("events/" + event.id() + "/people", tab("requests"));
        assertThat(_get(Div.class, spec -> spec.withId("past-requests")).getElement().getTextRecursively())
                .contains("Ada Lovelace", "Declined");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAddresseeSeesWhyAndHowTheSenderAnswersAndDeclinesSuggestingSomeoneTheSenderThenFinds() {
        var event = eventWithAll("Suggestions welcome");
        var request = meetingService.request(bob.id(), event.id(), ada.id(), null);
        signInAs(ada);
        UI.getCurrent().navigate("events/" + event.id() + "/my-meetings");

        var reasons = _find(_get(Component.class, spec -> spec.withId("request-reasons-" + bob.id())), ListItem.class);
        assertThat(reasons).extracting(ListItem::getText).contains("You are both into Climate Tech");
        assertThat(text("rate-" + bob.id())).isEqualTo("New here: too few requests yet to say how they answer");
        _click(button("decline-" + bob.id()));
        var suggestion = (RadioButtonGroup<DeclineDialog.Choice>) _get(RadioButtonGroup.class,
                spec -> spec.withId("decline-suggestion"));
        var choices = suggestion.getListDataView().getItems().toList();
        assertThat(choices).extracting(DeclineDialog.Choice::name).as("no suggestion first, then Ada's best for Bob")
                .containsExactly("No suggestion", "Cleo Clarke");
        assertThat(suggestion.getValue()).isEqualTo(choices.get(0));
        _setValue(suggestion, choices.get(1));
        _click(button("decline-dialog-confirm"));

        NotificationsKt.expectNotifications("Request declined; you suggested Cleo Clarke.");
        assertThat(textOf("suggestion-" + bob.id())).isEqualTo("You suggested Cleo Clarke instead");
        assertThat(meetingService.find(bob.id(), event.id(), request.id()).suggestion().accountId())
                .isEqualTo(cleo.id());

        signInAs(bob);
        UI.getCurrent().navigate("events/" + event.id() + "/my-meetings");
        assertThat(textOf("suggestion-" + ada.id())).isEqualTo("Maybe meet Cleo Clarke instead.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("suggestion-link-" + ada.id())).getHref())
                .isEqualTo("people/" + cleo.id() + "?event=" + event.id());
    }

    @Test
    void theEventHomeLeadsConfirmedAttendeesHereAndNobodyElse() {
        var event = eventWithAll("Linked meetup");

        signInAs(ada);
        UI.getCurrent().navigate("events/" + event.id());
        var link = _get(RouterLink.class, spec -> spec.withId("home-people"));
        assertThat(link.getElement().getTextRecursively()).isEqualTo("People");
        assertThat(link.getHref()).isEqualTo("events/" + event.id() + "/people");
        assertThat(link.getElement().hasAttribute("aria-current")).as("the event page is none of the tabs").isFalse();
        open(event);
        assertThat(_get(RouterLink.class, spec -> spec.withId("home-people")).getElement()
                .getAttribute("aria-current")).isEqualTo("page");

        signInAs(dan);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id());
        _assertNone(RouterLink.class, spec -> spec.withId("home-people"));
    }

    @Test
    void theOlderAddressesOfTheRequestsAndMatchesTabsLeadToTheMeetingsPage() {
        var event = eventWithAll("Old links");
        signInAs(ada);

        UI.getCurrent().navigate("events/" + event.id() + "/people", tab("requests"));
        _get(MyMeetingsView.class);
        assertThat(_get(Tabs.class).getSelectedTab().getId()).contains("tab-requests");

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/people", tab("matches"));
        assertThat(_get(Tabs.class).getSelectedTab().getId()).contains("tab-matches");
        assertThat(_get(Component.class, spec -> spec.withId("matches-empty")).isVisible()).isTrue();
    }

    @Test
    void anUnknownEventShowsTheNotFoundPage() {
        signInAs(ada);

        UI.getCurrent().navigate("events/" + UUID.randomUUID() + "/people");

        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
        _assertNone(PeopleToMeetView.class);
    }

    @Test
    void aGermanPageAsksAnswersAndMatchesInGerman() {
        var event = eventWithAll("Gründerfrühstück");
        signInAs(ada);
        UI.getCurrent().setLocale(Locale.GERMANY);
        open(event);

        assertThat(button("request-" + bob.id()).getText()).isEqualTo("Treffen anfragen");
        _click(button("request-" + bob.id()));
        var dialog = _get(Dialog.class, spec -> spec.withId(MeetingRequestDialog.ID));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Treffen mit Bob Babbage anfragen");
        _click(button("send-request"));
        NotificationsKt.expectNotifications("Anfrage an Bob Babbage gesendet. Die Antwort erscheint unter Anfragen.");
        assertThat(state(bob)).isEqualTo("Angefragt");

        signInAs(bob);
        UI.getCurrent().setLocale(Locale.GERMANY);
        open(event);
        assertThat(state(ada)).isEqualTo("Hat dich angefragt");
        _click(button("answer-" + ada.id()));
        var request = meetingService.requests(bob.id(), event.id()).get(0).request();
        String asked = DateTimeFormatter.ofPattern("d. MMM, HH:mm", Locale.GERMANY)
                .format(request.createdAt().atZone(event.details().timeZone()));
        assertThat(textOf("incoming-requests")).contains("Hat dich am " + asked + " angefragt");
        assertThat(button("accept-" + ada.id()).getText()).isEqualTo("Annehmen");
        _click(button("accept-" + ada.id()));

        NotificationsKt.expectNotifications("Du und Ada Lovelace seid verabredet. Die Kontaktdaten findest du unter "
                + "Verabredungen.");
        assertThat(textOf("incoming-requests")).isEqualTo("Niemand wartet auf deine Antwort.");
        assertThat(textOf("past-requests")).contains("Verabredet");
        assertThat(_get(Tab.class, spec -> spec.withId("tab-matches")).getLabel()).isEqualTo("Verabredungen");
    }

    /** A published event where Ada, Bob and Cleo hold confirmed places and Dan none. */
    private Event eventWithAll(String title) {
        var event = fixtures.published(title, 40, false);
        for (Account attendee : List.of(ada, bob, cleo)) {
            registrations.register(attendee.id(), event.id());
        }
        return event;
    }

    private Event eventWithAll(String title, int maxPendingRequests) {
        var zone = ZoneId.of("Europe/Berlin");
        var start = LocalDate.now(zone).plusDays(30).atTime(18, 0).atZone(zone);
        var draft = eventService.create(organizer.id(), new EventInput(title, "", start.toInstant(),
                start.plusHours(2).toInstant(), zone.getId(), "Hall 2", 40, null, false, 0.5, false,
                maxPendingRequests));
        var event = eventService.publish(organizer.id(), draft.id());
        for (Account attendee : List.of(ada, bob, cleo)) {
            registrations.register(attendee.id(), event.id());
        }
        return event;
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/people");
    }

    private static QueryParameters tab(String name) {
        return QueryParameters.simple(Map.of(MyMeetingsView.TAB_PARAMETER, name));
    }

    private static void selectTab(String id) {
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }

    private static List<String> cardIds() {
        return _find(Div.class, spec -> spec.withClasses("person-card")).stream()
                .map(card -> card.getId().orElse("")).toList();
    }

    private static String state(Account other) {
        return _get(Span.class, spec -> spec.withId("state-" + other.id())).getText();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }

    private static String textOf(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
