package org.mingle.web.events;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TeamAddition;
import org.mingle.domain.events.TeamInvitation;
import org.mingle.domain.events.TeamInvitationService;
import org.mingle.domain.events.TeamMember;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.UiErrorHandler;

/**
 * An event's team on the event page, for the people on it. The owner sees a remove button at each member, a form that
 * adds someone by email address (at once with a Mingle account, by a mailed invitation without one) and the pending
 * invitations, each with a button that withdraws it; co-organizers and check-in staff see the members only. The
 * domain decides who may change the team; this section only offers what the viewer's role allows.
 */
class TeamSection extends Section {

    static final String ID = "team";

    private final EventService events;
    private final TeamInvitationService invitations;
    private final CurrentUser currentUser;

    private final Div members = new Div();
    private final Div invited = new Div();
    private final Div addForm = new Div();
    private final EmailField email = new EmailField();
    private final Select<EventRole> role = new Select<>();
    private final Button add = new Button(VaadinIcon.PLUS.create());
    private final Paragraph hint = new Paragraph();
    private final FieldErrors fieldErrors = new FieldErrors();

    private Event event;
    private boolean manages;

    TeamSection(EventService events, TeamInvitationService invitations, CurrentUser currentUser) {
        this.events = events;
        this.invitations = invitations;
        this.currentUser = currentUser;
        setId(ID);
        addClassName("team");

        email.setLabel(getTranslation("events.team.email"));
        add.setText(getTranslation("events.team.add"));
        hint.setText(getTranslation("events.team.hint"));
        var heading = new H3(getTranslation("events.team.heading"));
        heading.addClassNames(LumoUtility.Margin.Bottom.SMALL);

        members.setId("team-members");
        members.addClassName("team-members");
        invited.setId("team-invitations");
        invited.addClassName("team-members");

        email.setId("team-email");
        email.setHelperText(getTranslation("events.team.email.helper"));
        email.setClearButtonVisible(true);
        role.setId("team-role");
        role.setLabel(getTranslation("events.team.role"));
        role.setItems(EventRole.CO_ORGANIZER, EventRole.CHECKIN_STAFF);
        role.setItemLabelGenerator(EventLabels::role);
        role.setValue(EventRole.CO_ORGANIZER);
        // The domain's messages are English, so the names they start with stay English too.
        fieldErrors.add("email", email, "Email").add("role", role, "Role");

        add.setId("team-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(click -> addMember());
        add.addClickShortcut(Key.ENTER).listenOn(email);

        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        addForm.setId("team-add-form");
        addForm.addClassName("team-add-form");
        addForm.add(email, role, add);

        add(heading, members, invited, addForm, hint);
    }

    /** Shows the team of an event; {@code manages}: the viewer is its owner and may change it. */
    void show(Event shown, boolean managesTeam) {
        event = shown;
        manages = managesTeam;
        addForm.setVisible(managesTeam);
        hint.setVisible(managesTeam);
        reload();
    }

    private void reload() {
        members.removeAll();
        List<TeamMember> team = events.team(currentUser.require(), event.id());
        team.forEach(member -> members.add(row(member)));
        invited.removeAll();
        List<TeamInvitation> pending = manages ? invitations.pending(currentUser.require(), event.id()) : List.of();
        pending.forEach(invitation -> invited.add(row(invitation)));
        invited.setVisible(!pending.isEmpty());
    }

    /** A pending invitation: the address, the role it offers, until when the link works, and a withdraw button. */
    private Div row(TeamInvitation invitation) {
        var address = new Span(invitation.email());
        address.addClassName("team-member-name");
        boolean expired = invitation.expiredAt(Instant.now());
        var day = DateTimeFormatter.ofPattern(getTranslation("format.day"), Formats.locale())
                .format(invitation.expiresAt().atZone(event.details().timeZone()));
        var state = new Span(expired ? getTranslation("events.team.invitation-expired")
                : invitation.inviterName().map(name -> getTranslation("events.team.invited-by", name, day))
                        .orElse(getTranslation("events.team.invited", day)));
        state.addClassNames("team-invitation-state", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var who = new Div(address, state);
        who.addClassName("team-member-who");

        var withdraw = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> revoke(invitation));
        withdraw.setId("revoke-invitation-" + invitation.id());
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
        withdraw.setAriaLabel(getTranslation("events.team.withdraw-label", invitation.email()));
        withdraw.setTooltipText(getTranslation("events.team.withdraw"));

        var row = new Div(who, EventLabels.roleBadge(invitation.role()), withdraw);
        row.addClassNames("team-member", "team-invitation");
        row.getElement().setAttribute("data-invitation-id", invitation.id().toString());
        return row;
    }

    private Div row(TeamMember member) {
        var name = new Span(member.displayName());
        name.addClassName("team-member-name");
        var address = new Span(member.email() == null ? "" : member.email());
        address.addClassNames("team-member-email", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var who = new Div(name, address);
        who.addClassName("team-member-who");

        var row = new Div(who, EventLabels.roleBadge(member.role()));
        row.addClassName("team-member");
        row.getElement().setAttribute("data-account-id", member.account().toString());
        if (manages && member.role() != EventRole.OWNER) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> remove(member));
            remove.setId("remove-member-" + member.account());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("events.team.remove-label", member.displayName()));
            remove.setTooltipText(getTranslation("events.team.remove"));
            row.add(remove);
        }
        return row;
    }

    private void addMember() {
        try {
            fieldErrors.clear();
            var addition = invitations.addOrInvite(currentUser.require(), event.id(), email.getValue(),
                    role.getValue(), CurrentUser.clientAddress());
            email.clear();
            reload();
            if (addition instanceof TeamAddition.Invited sent) {
                success(getTranslation("events.team.invitation-sent", sent.invitation().email(),
                        EventLabels.roleInWords(sent.invitation().role())));
            } else {
                var added = ((TeamAddition.Added) addition).member();
                success(getTranslation("events.team.added", added.displayName(),
                        EventLabels.roleInWords(added.role())));
            }
        } catch (InvalidInputException invalid) {
            var unplaced = fieldErrors.show(invalid.errors());
            if (!unplaced.isEmpty()) {
                UiErrorHandler.show(String.join(" ", unplaced));
            }
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            add.setEnabled(true);
        }
    }

    private void remove(TeamMember member) {
        try {
            events.removeFromTeam(currentUser.require(), event.id(), member.account(), CurrentUser.clientAddress());
            reload();
            success(getTranslation("events.team.removed", member.displayName()));
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        }
    }

    private void revoke(TeamInvitation invitation) {
        try {
            invitations.revoke(currentUser.require(), event.id(), invitation.id(), CurrentUser.clientAddress());
            reload();
            success(getTranslation("events.team.withdrawn", invitation.email()));
        } catch (DomainException refused) {
            reload();
            UiErrorHandler.show(DomainMessages.of(refused));
        }
    }

    private static void success(String message) {
        var done = Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
