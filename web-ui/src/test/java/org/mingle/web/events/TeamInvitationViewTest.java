package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TeamAddition;
import org.mingle.domain.events.TeamInvitation;
import org.mingle.domain.events.TeamInvitationService;
import org.mingle.domain.mail.SignedLinks;
import org.mingle.web.shell.Routes;
import org.mingle.web.vaadin.KaribuViewTest;

/**
 * The page a team invitation mail's link opens: it explains the invitation, leads through sign-up with the address
 * filled in and lands the new member on the event's dashboard; links that no longer work explain themselves.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamInvitationViewTest extends KaribuViewTest {

    @Inject
    EventService events;
    @Inject
    TeamInvitationService invitations;
    @Inject
    SignedLinks links;

    private Account owner;
    private Account other;
    private EventFixtures fixtures;

    @BeforeAll
    void people() {
        owner = signUp("Olga Inviter", "olga.inviter@example.org");
        other = signUp("Oscar Other", "oscar.other@example.org");
        fixtures = new EventFixtures(events, owner.id());
    }

    @Test
    void aNewcomerSignsUpWithTheInvitedAddressAndLandsOnTheDashboard() {
        var event = fixtures.draft("Robotics night", "Makerspace").id();
        String email = unique("newcomer");
        String token = invite(event, email, EventRole.CHECKIN_STAFF);

        Routes.go(UI.getCurrent(), Routes.teamInvitation(token, false));

        assertThat(_get(H1.class, spec -> spec.withId("team-invitation-heading")).getText())
                .isEqualTo("Join the team of Robotics night");
        assertThat(message()).isEqualTo("Olga Inviter invites " + email + " to help run Robotics night as check-in "
                + "staff.");
        var signUpLink = _get(RouterLink.class, spec -> spec.withId("team-invitation-signup"));
        assertThat(events.roleOf(Optional.empty(), event)).isEmpty();

        Routes.go(UI.getCurrent(), new Location(signUpLink.getHref()));
        assertThat(_get(EmailField.class, spec -> spec.withId("signup-email")).getValue()).isEqualTo(email);
        _setValue(_get(TextField.class, spec -> spec.withId("signup-name")), "Nia Newcomer");
        _setValue(_get(PasswordField.class, spec -> spec.withId("signup-password")), "robots at the door 2026");
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));

        var member = currentUser().account().orElseThrow();
        assertThat(events.roleOf(Optional.of(member), event)).contains(EventRole.CHECKIN_STAFF);
        assertThat(_get(EventDashboardView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(Routes.eventDashboard(event).getPath());
    }

    @Test
    void someoneWithAnAccountMeanwhileIsOfferedTheLogIn() {
        var event = fixtures.draft("Late joiners", "Hall").id();
        String email = unique("meanwhile");
        String token = invite(event, email, EventRole.CO_ORGANIZER);
        signUp("Mo Meanwhile", email);

        Routes.go(UI.getCurrent(), Routes.teamInvitation(token, false));

        _assertNone(RouterLink.class, spec -> spec.withId("team-invitation-signup"));
        var logIn = _get(RouterLink.class, spec -> spec.withId("team-invitation-login"));
        assertThat(logIn.getHref()).startsWith("login?continue=team-invitation");
    }

    @Test
    void signedInWithTheInvitedAddressOneClickJoins() {
        var event = fixtures.draft("Click to join", "Hall").id();
        String email = unique("clicker");
        String token = invite(event, email, EventRole.CO_ORGANIZER);
        signInAs(signUp("Cleo Clicker", email));

        Routes.go(UI.getCurrent(), Routes.teamInvitation(token, false));
        assertThat(events.roleOf(currentUser().account(), event)).as("opening alone joins nobody").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("team-invitation-accept")));

        assertThat(events.roleOf(currentUser().account(), event)).contains(EventRole.CO_ORGANIZER);
        assertThat(_get(EventDashboardView.class)).isNotNull();

        Routes.go(UI.getCurrent(), Routes.teamInvitation(token, true));
        assertThat(message()).startsWith("This invitation was accepted already");
    }

    @Test
    void anotherAccountIsToldWhomTheInvitationIsForAndJoinsNothing() {
        var event = fixtures.draft("Wrong door", "Hall").id();
        String email = unique("intended");
        String token = invite(event, email, EventRole.CO_ORGANIZER);
        signInAs(other);

        Routes.go(UI.getCurrent(), Routes.teamInvitation(token, true));

        assertThat(message()).startsWith("This invitation is for " + email + ", and you are logged in as "
                + other.email().value());
        assertThat(_get(Button.class, spec -> spec.withId("team-invitation-logout"))).isNotNull();
        assertThat(events.roleOf(Optional.of(other.id()), event)).isEmpty();
    }

    @Test
    void withdrawnAndDamagedLinksExplainThemselves() {
        var event = fixtures.draft("Withdrawn", "Hall").id();
        String token = invite(event, unique("withdrawn"), EventRole.CHECKIN_STAFF);
        var invitation = invitations.pending(owner.id(), event).get(0);
        invitations.revoke(owner.id(), event, invitation.id(), null);

        Routes.go(UI.getCurrent(), Routes.teamInvitation(token, false));
        assertThat(message()).isEqualTo("Olga Inviter withdrew this invitation.");
        assertThat(_get(Div.class, spec -> spec.withId("team-invitation-actions")).getChildren()).isEmpty();

        Routes.go(UI.getCurrent(), new Location("team-invitation?token=cut.off"));
        assertThat(message()).startsWith("This link is not valid");

        UI.getCurrent().navigate("team-invitation");
        assertThat(message()).startsWith("This link is not valid");
    }

    private String invite(EventId event, String email, EventRole role) {
        var invited = invitations.addOrInvite(owner.id(), event, email, role, null);
        TeamInvitation invitation = ((TeamAddition.Invited) invited).invitation();
        return links.sign(SignedLinks.Purpose.TEAM_INVITATION, invitation.id().toString());
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("team-invitation-message")).getText();
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
