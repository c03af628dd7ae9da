package org.mingle.web.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.web.events.CreateEventView;
import org.mingle.web.events.EventsView;

/**
 * The frame around every page: a navigation bar with the drawer toggle and the app name, and a drawer with the side
 * navigation. On a phone the drawer is an overlay that the toggle opens.
 */
@Prototype
public class MainLayout extends AppLayout {

    public MainLayout() {
        setPrimarySection(Section.NAVBAR);

        var toggle = new DrawerToggle();
        toggle.setId("drawer-toggle");
        toggle.setAriaLabel("Menu");

        var appName = new RouterLink(MingleAppShell.APP_NAME, EventsView.class);
        appName.setId("app-name");
        appName.addClassNames("app-name", LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.TextColor.HEADER);

        addToNavbar(toggle, appName);

        var nav = new SideNav();
        nav.setId("side-nav");
        nav.getElement().setAttribute("aria-label", "Main");
        var events = new SideNavItem("Events", EventsView.class, VaadinIcon.CALENDAR.create());
        events.setId("nav-events");
        var create = new SideNavItem("Create event", CreateEventView.class, VaadinIcon.PLUS.create());
        create.setId("nav-create-event");
        nav.addItem(events, create);
        nav.addClassNames(LumoUtility.Padding.SMALL);

        addToDrawer(nav);
    }
}
