package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.web.events.EventFixtures.DAY_AHEAD;
import static org.mingle.web.events.EventFixtures.day;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.events.TeamMember;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.shell.RouteNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventViewTest extends KaribuViewTest {

    @Inject
    EventService eventService;

    private Account owner;
    private Account colleague;
    private Account stranger;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        owner = signUp("Olivia Owner", "olivia@example.org");
        colleague = signUp("Carlos Colleague", "carlos@example.org");
        stranger = signUp("Stella Stranger", "stella@example.org");
        fixtures = new EventFixtures(eventService, owner.id());
    }

    @Test
    void showsTheTimesInTheEventsZoneAndInTheViewersZoneBesideThem() {
        var event = fixtures.published("Climate tech mixer", "Motorwerk");

        UI.getCurrent().navigate("events/" + event.id());
        MockVaadin.clientRoundtrip(); // the browser reports its zone: Karibu's browser is in Europe/Helsinki

        assertThat(text("event-title")).isEqualTo("Climate tech mixer");
        assertThat(text("event-when")).isEqualTo(day(DAY_AHEAD) + ", 18:30 – 21:30 (Europe/Berlin)");
        assertThat(text("event-local-when"))
                .isEqualTo("Your time: " + day(DAY_AHEAD) + ", 19:30 – 22:30 (Europe/Helsinki)");
        assertThat(text("event-venue")).isEqualTo("Motorwerk");
        assertThat(text("event-capacity")).isEqualTo("40 places · 0 confirmed");
        assertThat(text("event-status")).isEqualTo("Published");
        assertThat(_get(Span.class, spec -> spec.withId("event-status")).getElement().getThemeList())
                .contains("badge", "success");
    }

    @Test
    void aGermanPageSpeaksGermanAndWritesTheDayTheGermanWay() {
        var event = fixtures.published("Klimatech-Treffen", "Motorwerk");
        UI.getCurrent().setLocale(Locale.GERMANY);

        UI.getCurrent().navigate("events/" + event.id());

        String weekday = DAY_AHEAD.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.GERMANY);
        String month = DAY_AHEAD.getMonth().getDisplayName(TextStyle.SHORT, Locale.GERMANY);
        assertThat(text("event-when")).isEqualTo(weekday + ", " + DAY_AHEAD.getDayOfMonth() + ". " + month + " "
                + DAY_AHEAD.getYear() + ", 18:30 – 21:30 (Europe/Berlin)");
        assertThat(text("event-capacity")).isEqualTo("40 Plätze · 0 bestätigt");
        assertThat(_find(Span.class, spec -> spec.withClasses("event-fact-label"))).extracting(Span::getText)
                .containsExactly("Wann", "Wo", "Plätze");
    }

    @Test
    void showsNoSecondTimeWhenTheViewerIsInTheEventsZone() {
        var helsinki = ZoneId.of("Europe/Helsinki");
        var created = eventService.create(owner.id(),
                EventFixtures.input("Nordic founders sauna", "Löyly", DAY_AHEAD.atTime(17, 0), helsinki));
        signInAs(owner);

        UI.getCurrent().navigate("events/" + created.id());
        MockVaadin.clientRoundtrip();

        assertThat(text("event-when")).isEqualTo(day(DAY_AHEAD) + ", 17:00 – 20:00 (Europe/Helsinki)");
        _assertNone(Span.class, spec -> spec.withId("event-local-when")); // hidden
    }

    @Test
    void theOwnerPublishesADraft() {
        var draft = fixtures.draft("Product people breakfast", "Café Kranzler");
        signInAs(owner);

        UI.getCurrent().navigate("events/" + draft.id());
        assertThat(text("event-status")).isEqualTo("Draft");
        var publish = _get(Button.class, spec -> spec.withId("publish"));

        _click(publish);

        assertThat(text("event-status")).isEqualTo("Published");
        assertThat(publish.isVisible()).isFalse();
        assertThat(eventService.get(Optional.empty(), draft.id()).status()).isEqualTo(EventStatus.PUBLISHED);
        NotificationsKt.expectNotifications("Published: anyone can now find this event.");
    }

    @Test
    void aPublishedEventOffersNoPublishButton() {
        var published = fixtures.published("Angel investors roundtable", "Soho House");
        signInAs(owner);

        UI.getCurrent().navigate("events/" + published.id());

        assertThat(text("event-status")).isEqualTo("Published");
        _assertNone(Button.class, spec -> spec.withId("publish"));
    }

    @Test
    void anonymousVisitorsSeeAPublishedEventButNoTeamAndNoPublishButton() {
        var published = fixtures.published("Open source hack night", "c-base");

        UI.getCurrent().navigate("events/" + published.id());

        assertThat(text("event-title")).isEqualTo("Open source hack night");
        _assertNone(Button.class, spec -> spec.withId("publish"));
        _assertNone(Section.class, spec -> spec.withId("team"));
    }

    @Test
    void someoneElsesDraftIsNotFoundForAnotherSignedInUserAndForAnonymousVisitors() {
        var draft = fixtures.draft("Stealth launch dinner", "Secret");

        signInAs(stranger);
        UI.getCurrent().navigate("events/" + draft.id());

        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
        _assertNone(EventView.class);
        assertThat(bodyText()).doesNotContain("Stealth launch dinner");
    }

    @Test
    void anAnonymousVisitorOnANotFoundEventIsOfferedToLogIn() {
        var draft = fixtures.draft("Team-only planning", "Office");

        UI.getCurrent().navigate("events/" + draft.id());

        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
        var logIn = _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("not-found-login"));
        assertThat(logIn.getHref()).isEqualTo("login?continue=events%2F" + draft.id());
    }

    @Test
    void anotherSignedInUserSeesNoPublishButtonAndNoTeamOnAPublishedEvent() {
        var published = fixtures.published("Bootstrapped founders brunch", "Markthalle Neun");
        signInAs(stranger);

        UI.getCurrent().navigate("events/" + published.id());

        assertThat(text("event-title")).isEqualTo("Bootstrapped founders brunch");
        _assertNone(Button.class, spec -> spec.withId("publish"));
        _assertNone(Section.class, spec -> spec.withId("team"));
    }

    @Test
    void theOwnerAddsACoOrganizerByEmailAndRemovesThem() {
        var draft = fixtures.draft("Design leaders circle", "Bauhaus-Archiv");
        signInAs(owner);
        UI.getCurrent().navigate("events/" + draft.id() + "/manage");
        assertThat(memberIds()).containsExactly(owner.id().toString());
        _assertNone(Button.class, spec -> spec.withId("remove-member-" + owner.id())); // the owner stays

        _setValue(_get(EmailField.class, spec -> spec.withId("team-email")), "  CARLOS@example.org ");
        _setValue(roleSelect(), EventRole.CO_ORGANIZER);
        _click(_get(Button.class, spec -> spec.withId("team-add")));

        assertThat(memberIds()).containsExactly(owner.id().toString(), colleague.id().toString());
        assertThat(eventService.roleOf(Optional.of(colleague.id()), draft.id())).contains(EventRole.CO_ORGANIZER);
        assertThat(_get(EmailField.class, spec -> spec.withId("team-email")).getValue()).isEmpty();
        NotificationsKt.expectNotifications("Carlos Colleague is on the team now, as co-organizer.");

        _click(_get(Button.class, spec -> spec.withId("remove-member-" + colleague.id())));

        assertThat(memberIds()).containsExactly(owner.id().toString());
        assertThat(eventService.roleOf(Optional.of(colleague.id()), draft.id())).isEmpty();
        NotificationsKt.expectNotifications("Carlos Colleague is no longer on the team.");
    }

    @Test
    void anAddressWithoutAnAccountGetsAnInvitationTheOwnerSeesAndWithdraws() {
        var draft = fixtures.draft("Fintech founders lunch", "Bank");
        signInAs(owner);
        UI.getCurrent().navigate("events/" + draft.id() + "/manage");
        _assertNone(Div.class, spec -> spec.withId("team-invitations"));

        _setValue(_get(EmailField.class, spec -> spec.withId("team-email")), "nobody@example.org");
        _setValue(roleSelect(), EventRole.CHECKIN_STAFF);
        _click(_get(Button.class, spec -> spec.withId("team-add")));

        NotificationsKt.expectNotifications(
                "No Mingle account uses nobody@example.org yet: an invitation is on its way, as check-in staff.");
        assertThat(memberIds()).containsExactly(owner.id().toString());
        var pending = _get(Div.class, spec -> spec.withId("team-invitations"));
        var row = _get(pending, Div.class, spec -> spec.withClasses("team-invitation"));
        assertThat(row.getElement().getAttribute("data-invitation-id")).isNotBlank();
        assertThat(_get(row, Span.class, spec -> spec.withClasses("team-member-name")).getText())
                .isEqualTo("nobody@example.org");
        assertThat(_get(row, Span.class, spec -> spec.withClasses("team-invitation-state")).getText())
                .startsWith("Invited by Olivia Owner, link works until ");

        _click(_get(row, Button.class, spec -> spec.withId("revoke-invitation-"
                + row.getElement().getAttribute("data-invitation-id"))));

        NotificationsKt.expectNotifications("The invitation to nobody@example.org is withdrawn.");
        _assertNone(Div.class, spec -> spec.withId("team-invitations"));
    }

    @Test
    void aMalformedAddressShowsItsMessageAtTheEmailField() {
        var draft = fixtures.draft("Payments people lunch", "Bank");
        signInAs(owner);
        UI.getCurrent().navigate("events/" + draft.id() + "/manage");

        _setValue(_get(EmailField.class, spec -> spec.withId("team-email")), "nobody-at-example.org");
        _click(_get(Button.class, spec -> spec.withId("team-add")));

        var email = _get(EmailField.class, spec -> spec.withId("team-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Email must be a valid email address");
        assertThat(memberIds()).containsExactly(owner.id().toString());
    }

    @Test
    void aCoOrganizerSeesTheTeamReadOnlyAndMayPublish() {
        var draft = fixtures.draft("Robotics show and tell", "Makerspace");
        eventService.addToTeam(owner.id(), draft.id(), colleague.email().value(), EventRole.CO_ORGANIZER, null);
        signInAs(colleague);

        UI.getCurrent().navigate("events/" + draft.id());

        assertThat(text("event-title")).isEqualTo("Robotics show and tell");
        assertThat(_get(Button.class, spec -> spec.withId("publish")).isVisible()).isTrue();
        _assertNone(Div.class, spec -> spec.withId("team-members")); // the team is on the dashboard

        UI.getCurrent().navigate("events/" + draft.id() + "/manage");
        assertThat(memberIds()).containsExactly(owner.id().toString(), colleague.id().toString());
        _assertNone(Div.class, spec -> spec.withId("team-add-form"));
        assertThat(_find(Button.class)).noneMatch(button ->
                button.getId().orElse("").startsWith("remove-member-"));
    }

    @Test
    void checkInStaffSeeTheDraftButMayNotPublishIt() {
        var draft = fixtures.draft("Career fair", "Hall 3");
        eventService.addToTeam(owner.id(), draft.id(), stranger.email().value(), EventRole.CHECKIN_STAFF, null);
        signInAs(stranger);

        UI.getCurrent().navigate("events/" + draft.id());

        assertThat(text("event-title")).isEqualTo("Career fair");
        _assertNone(Button.class, spec -> spec.withId("publish"));
        List<TeamMember> team = eventService.team(owner.id(), draft.id());
        assertThat(team).extracting(TeamMember::role).containsExactly(EventRole.OWNER, EventRole.CHECKIN_STAFF);
        UI.getCurrent().navigate("events/" + draft.id() + "/manage");
        assertThat(memberIds()).containsExactly(owner.id().toString(), stranger.id().toString());
        _assertNone(Div.class, spec -> spec.withId("team-add-form"));
    }

    @Test
    void anUnknownEventIdShowsTheNotFoundPage() {
        UI.getCurrent().navigate("events/" + UUID.randomUUID());

        var notFound = _get(ObjectNotFoundView.class);
        assertThat(notFound.getId()).contains("not-found");
        assertThat(notFound.heading()).isEqualTo("Event not found");
        _assertNone(EventView.class);
    }

    @Test
    void somethingThatIsNoEventIdShowsTheNotFoundPage() {
        UI.getCurrent().navigate("events/not-an-id");

        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPage() {
        // As when the browser opens the address: an unknown route is rendered by the server's router.
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PAGE_LOAD);

        var notFound = _get(RouteNotFoundView.class);
        assertThat(notFound.getId()).contains("not-found");
        assertThat(notFound.heading()).isEqualTo("Page not found");
    }

    @SuppressWarnings("unchecked")
    private static Select<EventRole> roleSelect() {
        return _get(Select.class, spec -> spec.withId("team-role"));
    }

    private static List<String> memberIds() {
        var list = _get(Div.class, spec -> spec.withId("team-members"));
        return _find(list, Div.class, spec -> spec.withClasses("team-member")).stream()
                .map(row -> row.getElement().getAttribute("data-account-id"))
                .toList();
    }

    private static String bodyText() {
        return UI.getCurrent().getElement().getTextRecursively();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }
}
