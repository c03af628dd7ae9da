package org.mingle.web.events;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.TeamInvitationService.Preview;
import org.mingle.domain.events.TeamInvitationService;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * Where a team invitation mail's link leads: who invites whom to which event, as what. A visitor without an account
 * goes on to sign up with the invited address filled in, one with an account to log in; both come back here with
 * {@code join} and, signed in with the invited address, are on the team and on the event's dashboard at once. Someone
 * signed in with that address already joins with one click. An expired, withdrawn, used or damaged link, or an
 * account with another address, explains itself here.
 *
 * <p>Opening the link alone never joins anyone: mail scanners fetch links, and they are not signed in.
 */
@Prototype
@AnonymousAllowed
@Route(value = Routes.TEAM_INVITATION, layout = MainLayout.class)
public class TeamInvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamInvitationService invitations;
    private final CurrentUser currentUser;

    private final H1 heading = new H1();
    private final Paragraph message = new Paragraph();
    private final Div actions = new Div();
    private String token = "";

    TeamInvitationView(TeamInvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        addClassNames("page", "auth-page");
        setPadding(true);

        heading.setText(getTranslation("events.invitation.heading"));
        heading.setId("team-invitation-heading");
        heading.addClassNames(LumoUtility.Margin.NONE);
        message.setId("team-invitation-message");
        message.getElement().setAttribute("role", "status");
        actions.setId("team-invitation-actions");
        actions.addClassName("auth-form");
        add(heading, message, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var parameters = enter.getLocation().getQueryParameters();
        token = parameters.getSingleParameter(Routes.MAIL_TOKEN).orElse("");
        boolean join = parameters.getSingleParameter(Routes.JOIN).isPresent();
        actions.removeAll();
        message.removeClassName("auth-error");
        Preview preview;
        try {
            preview = invitations.preview(token);
        } catch (InvalidInputException invalid) {
            showProblem(invalid.errors().get(0).message());
            return;
        }
        var invitation = preview.invitation();
        String inviter = invitation.inviterName().orElse(getTranslation("events.invitation.an-organizer"));
        heading.setText(getTranslation("events.invitation.join-heading", preview.eventTitle()));
        switch (preview.state()) {
            case ACCEPTED -> {
                showProblem(getTranslation("events.invitation.accepted"));
                actions.add(line(Routes.link(getTranslation("events.invitation.log-in"), Routes.logIn()),
                        "team-invitation-login"));
                return;
            }
            case REVOKED -> {
                showProblem(getTranslation("events.invitation.revoked", inviter));
                return;
            }
            case EXPIRED -> {
                var day = DateTimeFormatter.ofPattern(getTranslation("format.long-day"), Formats.locale());
                showProblem(getTranslation("events.invitation.expired",
                        day.format(invitation.expiresAt().atZone(ZoneOffset.UTC)), inviter));
                return;
            }
            case OPEN -> message.setText(getTranslation("events.invitation.open", inviter, invitation.email(),
                    preview.eventTitle(), EventLabels.roleInWords(invitation.role())));
        }
        Optional<Account> signedIn = currentUser.signedIn();
        if (signedIn.isEmpty()) {
            offerSignUpOrLogIn(preview);
        } else if (!signedIn.get().email().value().equals(invitation.email())) {
            showProblem(getTranslation("events.invitation.other-account", invitation.email(),
                    signedIn.get().email().value()));
            var logOut = new Button(getTranslation("events.invitation.log-out"), click -> currentUser.endSession(
                    Routes.teamInvitation(token, false).getPathWithQueryParameters()));
            logOut.setId("team-invitation-logout");
            actions.add(logOut);
        } else if (join) {
            accept(enter);
        } else {
            var accept = new Button(getTranslation("events.invitation.join"), click -> accept(null));
            accept.setId("team-invitation-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.setDisableOnClick(true);
            accept.setWidthFull();
            actions.add(accept);
        }
    }

    private void offerSignUpOrLogIn(Preview preview) {
        var back = Routes.teamInvitation(token, true);
        var logIn = Routes.link(getTranslation("events.invitation.log-in-with",
                preview.invitation().email()), Routes.logIn(back));
        logIn.setId("team-invitation-login");
        if (preview.accountExists()) {
            logIn.addClassName("button-link");
            actions.add(line(logIn, null));
            return;
        }
        var signUp = Routes.link(getTranslation("events.invitation.sign-up"),
                Routes.signUp(preview.invitation().email(), back));
        signUp.setId("team-invitation-signup");
        signUp.addClassName("button-link");
        var already = new Paragraph(getTranslation("events.invitation.already") + " ");
        already.add(logIn);
        already.addClassNames(LumoUtility.Margin.NONE);
        actions.add(line(signUp, null), already);
    }

    /** Accepts; inside a navigation ({@code enter}) it forwards, after a click it navigates. */
    private void accept(BeforeEnterEvent enter) {
        try {
            var joined = invitations.accept(currentUser.require(), token);
            var welcome = Notification.show(getTranslation("events.invitation.joined",
                    EventLabels.roleInWords(joined.role())), 5000,
                    Notification.Position.BOTTOM_CENTER);
            welcome.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            var dashboard = Routes.eventDashboard(joined.event());
            if (enter != null) {
                enter.forwardTo(dashboard.getPath());
            } else {
                Routes.go(UI.getCurrent(), dashboard);
            }
        } catch (InvalidInputException invalid) {
            actions.removeAll();
            showProblem(invalid.errors().get(0).message());
        } catch (RuleViolationException refused) {
            actions.removeAll();
            showProblem(DomainMessages.of(refused));
        }
    }

    private void showProblem(String text) {
        message.setText(text);
        message.addClassName("auth-error");
    }

    private static Paragraph line(RouterLink link, String id) {
        if (id != null) {
            link.setId(id);
        }
        var line = new Paragraph(link);
        line.addClassNames(LumoUtility.Margin.NONE);
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.invitation.title");
    }
}
