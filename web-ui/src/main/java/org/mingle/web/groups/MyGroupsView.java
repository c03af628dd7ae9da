package org.mingle.web.groups;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.groups.MembershipStatus;
import org.mingle.domain.groups.MyGroup;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/** The groups the signed-in person belongs to or asked to join, with their role, and a way to start one. */
@Prototype
@Route(value = Routes.MY_GROUPS, layout = MainLayout.class)
public class MyGroupsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final CurrentUser currentUser;

    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();

    MyGroupsView(GroupService groups, CurrentUser currentUser) {
        this.groups = groups;
        this.currentUser = currentUser;
        addClassName("page");
        setPadding(true);

        var heading = new H1(getTranslation("groups.mine.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var create = new Button(getTranslation("groups.mine.create"), VaadinIcon.PLUS.create(),
                click -> click.getSource().getUI().ifPresent(ui -> Routes.go(ui, Routes.createGroup())));
        create.setId("my-groups-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(heading, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.addClassNames(LumoUtility.FlexWrap.WRAP);
        list.setId("my-groups-list");
        list.addClassName("events-list");
        list.setWidthFull();
        empty.setId("my-groups-empty");
        empty.setText(getTranslation("groups.mine.empty"));
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(header, list, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var me = currentUser.require();
        list.removeAll();
        var mine = groups.mine(me);
        mine.forEach(group -> list.add(card(group)));
        empty.setVisible(mine.isEmpty());
    }

    private RouterLink card(MyGroup mine) {
        var group = mine.group();
        var card = Routes.link(Routes.group(group.slug()));
        card.addClassName("event-card");
        card.getElement().setAttribute("data-group-id", group.id().toString());
        var title = new Span(group.name());
        title.addClassName("event-card-title");
        var role = new Span(getTranslation(mine.membership().status() == MembershipStatus.PENDING
                ? "groups.mine.pending" : "groups.role." + mine.membership().role().name()));
        role.getElement().getThemeList().add("badge");
        var place = new Span(group.city().isEmpty() ? getTranslation("groups.page.online") : group.city());
        var members = new Span(getTranslation("groups.page.members-count", group.memberCount()));
        card.add(role, title, place, members);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.mine.title");
    }
}
