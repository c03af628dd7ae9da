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
import java.util.List;
import java.util.Locale;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TeamMember;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.UiErrorHandler;

/**
 * An event's team on the event page, for the people on it. The owner sees a remove button at each member and a form
 * that adds someone by the email address of their Mingle account; co-organizers and check-in staff see the list only.
 * The domain decides who may change the team; this section only offers what the viewer's role allows.
 */
class TeamSection extends Section {

    static final String ID = "team";

    private final EventService events;
    private final CurrentUser currentUser;

    private final Div members = new Div();
    private final Div addForm = new Div();
    private final EmailField email = new EmailField("Email address");
    private final Select<EventRole> role = new Select<>();
    private final Button add = new Button("Add to team", VaadinIcon.PLUS.create());
    private final Paragraph hint = new Paragraph("Co-organizers can do everything but change the team; check-in "
            + "staff check attendees in at the door.");
    private final FieldErrors fieldErrors = new FieldErrors();

    private Event event;
    private boolean manages;

    TeamSection(EventService events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
        setId(ID);
        addClassName("team");

        var heading = new H3("Team");
        heading.addClassNames(LumoUtility.Margin.Bottom.SMALL);

        members.setId("team-members");
        members.addClassName("team-members");

        email.setId("team-email");
        email.setHelperText("They need a Mingle account with this address.");
        email.setClearButtonVisible(true);
        role.setId("team-role");
        role.setLabel("Role");
        role.setItems(EventRole.CO_ORGANIZER, EventRole.CHECKIN_STAFF);
        role.setItemLabelGenerator(EventLabels::role);
        role.setValue(EventRole.CO_ORGANIZER);
        // The domain's messages about the email read as sentences of their own ("no Mingle account uses ...").
        fieldErrors.add("email", email, "").add("role", role, "Role");

        add.setId("team-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(click -> addMember());
        add.addClickShortcut(Key.ENTER).listenOn(email);

        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        addForm.setId("team-add-form");
        addForm.addClassName("team-add-form");
        addForm.add(email, role, add);

        add(heading, members, addForm, hint);
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
            remove.setAriaLabel("Remove " + member.displayName() + " from the team");
            remove.setTooltipText("Remove from the team");
            row.add(remove);
        }
        return row;
    }

    private void addMember() {
        try {
            fieldErrors.clear();
            var added = events.addToTeam(currentUser.require(), event.id(), email.getValue(), role.getValue(),
                    CurrentUser.clientAddress());
            email.clear();
            reload();
            success(added.displayName() + " is on the team now, as "
                    + EventLabels.role(added.role()).toLowerCase(Locale.ROOT) + ".");
        } catch (InvalidInputException invalid) {
            var unplaced = fieldErrors.show(invalid.errors());
            if (!unplaced.isEmpty()) {
                UiErrorHandler.show(String.join(" ", unplaced));
            }
        } catch (DomainException refused) {
            UiErrorHandler.show(refused.getMessage());
        } finally {
            add.setEnabled(true);
        }
    }

    private void remove(TeamMember member) {
        try {
            events.removeFromTeam(currentUser.require(), event.id(), member.account(), CurrentUser.clientAddress());
            reload();
            success(member.displayName() + " is no longer on the team.");
        } catch (DomainException refused) {
            UiErrorHandler.show(refused.getMessage());
        }
    }

    private static void success(String message) {
        var done = Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
