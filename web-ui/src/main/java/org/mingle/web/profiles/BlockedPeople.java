package org.mingle.web.profiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.BlockedPerson;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.Routes;

/** The people the signed-in person blocked, each a link to their page and a button that lifts the block. */
class BlockedPeople extends Section {

    private final BlockService blocks;
    private final CurrentUser currentUser;

    private final Div list = new Div();
    private final Paragraph none = new Paragraph();

    BlockedPeople(BlockService blocks, CurrentUser currentUser) {
        this.blocks = blocks;
        this.currentUser = currentUser;
        var heading = new H3(getTranslation("profiles.blocked.heading"));
        heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        var note = new Paragraph(getTranslation("profiles.blocked.note"));
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        list.setId("blocked-people");
        list.addClassName("team-members");
        none.setText(getTranslation("profiles.blocked.none"));
        none.setId("blocked-people-empty");
        none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        add(heading, note, list, none);
        setId("blocked");
        addClassName("team");
    }

    /** The blocked people as they are now. */
    void show() {
        list.removeAll();
        for (BlockedPerson person : blocks.blocked(currentUser.require())) {
            var name = Routes.link(person.displayName(), Routes.person(person.accountId()));
            var who = new Div(name);
            who.addClassName("team-member-who");
            var unblock = new Button(getTranslation("profiles.blocked.unblock"), click -> {
                blocks.unblock(currentUser.require(), person.accountId());
                var done = Notification.show(getTranslation("profiles.blocked.unblocked", person.displayName()), 4000,
                        Notification.Position.BOTTOM_CENTER);
                done.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                show();
            });
            unblock.setId("unblock-" + person.accountId());
            unblock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            unblock.setAriaLabel(getTranslation("profiles.blocked.unblock-person", person.displayName()));
            var row = new Div(who, unblock);
            row.addClassName("team-member");
            row.getElement().setAttribute("data-account-id", person.accountId().toString());
            list.add(row);
        }
        none.setVisible(list.getComponentCount() == 0);
    }
}
