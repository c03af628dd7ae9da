package org.mingle.web.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.live.LiveSignal;
import org.mingle.domain.live.LiveUpdates;
import org.mingle.domain.moderation.ModerationService;
import org.mingle.domain.notifications.NotificationKind;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.shared.PageRequest;

/**
 * The frame around every page: a navigation bar with the drawer toggle, the app name and the user menu, and a drawer
 * with the side navigation. On a phone the drawer is an overlay that the toggle opens.
 *
 * <p>The user menu shows the signed-in person's name, with "My account" and "Log out"; an anonymous visitor gets
 * "Log in" (which returns to the current page afterwards) and "Sign up". The layout stays while the views inside it
 * change, so it brings itself up to date after every navigation. For a signed-in person "My network" carries the
 * number of follow-ups due ("2 due"), brought up to date after every navigation and whenever the network changes in
 * this UI ({@link NetworkChanged}). A bell next to the user menu leads to the notifications and shows how many are
 * unread, kept up to date the same way ({@link NotificationsChanged}) and, through Push, whenever the inbox changes
 * elsewhere ({@link LiveRefresh}); what arrives meanwhile shows as a toast.
 *
 * <p>Every page sits in one {@code main} landmark, which a "Skip to main content" link (the first thing a keyboard
 * reaches, shown when it has the focus) jumps to, past the navigation.
 */
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The id of the {@code main} element that holds the page: the skip link's target. */
    public static final String MAIN_CONTENT = "main-content";

    /** More new notifications at once than this are summed up in one toast. */
    private static final int TOASTS_AT_ONCE = 2;
    /** Kinds that only confirm what the person just did on the page, which already said so: counted, not toasted. */
    private static final Set<NotificationKind> ANSWERS_OWN_ACTION = EnumSet.of(
            NotificationKind.REGISTRATION_CONFIRMED, NotificationKind.REGISTRATION_WAITLISTED);

    private final CurrentUser currentUser;
    private final ModerationService moderation;
    private final Translations translations;
    private final ConnectionService connections;
    private final NotificationService notifications;

    private final Main main = new Main();
    private final Div userArea = new Div();
    private final SideNavItem myEvents = new SideNavItem(getTranslation("shell.nav.my-events"), Routes.MY_EVENTS,
            VaadinIcon.CLIPBOARD_USER.create());
    private final SideNavItem myRegistrations = new SideNavItem(getTranslation("shell.nav.my-registrations"),
            Routes.MY_REGISTRATIONS, VaadinIcon.TICKET.create());
    private final SideNavItem myGroups = new SideNavItem(getTranslation("groups.nav.mine"), Routes.MY_GROUPS,
            VaadinIcon.GROUP.create());
    private final SideNavItem myProfile = new SideNavItem(getTranslation("shell.nav.my-profile"), Routes.MY_PROFILE,
            VaadinIcon.USER_CARD.create());
    private final SideNavItem myNetwork = new SideNavItem(getTranslation("shell.nav.my-network"), Routes.NETWORK,
            VaadinIcon.USERS.create());
    private final Span dueBadge = new Span();
    private final SideNavItem connectCode = new SideNavItem(getTranslation("shell.nav.my-connect-code"),
            Routes.MY_CONNECT_CODE, VaadinIcon.QRCODE.create());
    private final SideNavItem administration = new SideNavItem(getTranslation("shell.nav.administration"),
            Routes.ADMIN_REPORTS, VaadinIcon.SHIELD.create());

    private final RouterLink bell = Routes.link(Routes.notifications());
    private final Span unreadBadge = new Span();

    private final LiveRefresh inbox;
    /** Notifications created after this have not been shown as a toast yet. */
    private Instant toastedUpTo = Instant.EPOCH;

    private Registration networkChanges;
    private Registration notificationChanges;

    public MainLayout(CurrentUser currentUser, ConnectionService connections, NotificationService notifications,
                      LiveUpdates live, Translations translations, LanguageChoice languages,
                      ModerationService moderation) {
        this.currentUser = currentUser;
        this.moderation = moderation;
        this.translations = translations;
        this.connections = connections;
        this.notifications = notifications;
        this.inbox = new LiveRefresh(live, this::inboxChanged);
        setPrimarySection(Section.NAVBAR);

        var toggle = new DrawerToggle();
        toggle.setId("drawer-toggle");
        toggle.setAriaLabel(getTranslation("shell.menu"));

        var appName = Routes.link(MingleAppShell.APP_NAME, Routes.events());
        appName.setId("app-name");
        appName.addClassNames("app-name", LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.TextColor.HEADER);

        userArea.setId("user-area");
        userArea.addClassName("user-area");

        bell.setId("nav-bell");
        bell.addClassName("nav-bell");
        var bellIcon = VaadinIcon.BELL.create();
        bellIcon.getElement().setAttribute("aria-hidden", "true");
        unreadBadge.setId("nav-bell-unread");
        unreadBadge.addClassName("nav-bell-unread");
        unreadBadge.getElement().getThemeList().add("badge error primary small pill");
        unreadBadge.getElement().setAttribute("aria-hidden", "true");
        bell.add(bellIcon, unreadBadge);

        var skipLink = new Anchor("#" + MAIN_CONTENT, getTranslation("shell.skip-to-content"));
        skipLink.setId("skip-link");
        skipLink.addClassName("skip-link");
        // A jump within the page, which the browser makes (and moves the focus with), not a route.
        skipLink.getElement().setAttribute("router-ignore", true);
        main.setId(MAIN_CONTENT);
        main.addClassName("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);

        addToNavbar(skipLink, toggle, appName, bell, userArea);

        var nav = new SideNav();
        nav.setId("side-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.nav.main"));
        var events = new SideNavItem(getTranslation("shell.nav.events"), Routes.EVENTS, VaadinIcon.CALENDAR.create());
        events.setId("nav-events");
        var create = new SideNavItem(getTranslation("shell.nav.create-event"), Routes.CREATE_EVENT,
                VaadinIcon.PLUS.create());
        create.setId("nav-create-event");
        myEvents.setId("nav-my-events");
        myRegistrations.setId("nav-my-registrations");
        myProfile.setId("nav-profile");
        myGroups.setId("nav-my-groups");
        myNetwork.setId("nav-network");
        dueBadge.setId("nav-network-due");
        dueBadge.addClassName("nav-due");
        dueBadge.getElement().getThemeList().add("badge error primary small pill");
        dueBadge.setVisible(false);
        myNetwork.setSuffixComponent(dueBadge);
        connectCode.setId("nav-connect-code");
        administration.setId("nav-administration");
        nav.addItem(events, myRegistrations, myNetwork, connectCode, myEvents, myGroups, myProfile, create,
                administration);
        nav.addClassNames(LumoUtility.Padding.SMALL);

        addToDrawer(nav, new LanguageSwitch(languages, getLocale()));
    }

    /** The page goes into the {@code main} landmark, not straight into the layout's content area. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var signedIn = currentUser.signedIn();
        myEvents.setVisible(signedIn.isPresent());
        myRegistrations.setVisible(signedIn.isPresent());
        myProfile.setVisible(signedIn.isPresent());
        myGroups.setVisible(signedIn.isPresent());
        myNetwork.setVisible(signedIn.isPresent());
        connectCode.setVisible(signedIn.isPresent());
        administration.setVisible(signedIn.filter(account -> moderation.isAdministrator(account.id())).isPresent());
        showDueCount(signedIn);
        showUnreadCount(signedIn);
        followInbox(signedIn);
        userArea.removeAll();
        if (signedIn.isPresent()) {
            userArea.add(userMenu(signedIn.get()));
        } else {
            var location = event.getLocation();
            boolean onAuthPage = location.getFirstSegment().equals(Routes.LOG_IN)
                    || location.getFirstSegment().equals(Routes.SIGN_UP);
            QueryParameters back = onAuthPage ? ContinueTarget.passOn(location.getQueryParameters())
                    : ContinueTarget.queryFor(location);
            userArea.add(authLink(getTranslation("shell.log-in"), Routes.logIn(), "nav-login", back),
                    authLink(getTranslation("shell.sign-up"), Routes.signUp(), "nav-signup", back));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        networkChanges = ComponentUtil.addListener(attach.getUI(), NetworkChanged.class,
                change -> showDueCount(currentUser.signedIn()));
        notificationChanges = ComponentUtil.addListener(attach.getUI(), NotificationsChanged.class,
                change -> showUnreadCount(currentUser.signedIn()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        super.onDetach(detach);
        if (networkChanges != null) {
            networkChanges.remove();
            networkChanges = null;
        }
        if (notificationChanges != null) {
            notificationChanges.remove();
            notificationChanges = null;
        }
        inbox.stop();
    }

    private void followInbox(Optional<Account> signedIn) {
        var ui = UI.getCurrent();
        if (signedIn.isPresent() && ui != null) {
            if (inbox.follow(ui, LiveSignal.inbox(signedIn.get().id()))) {
                toastedUpTo = Instant.now(); // what was there before the bell already counts
            }
        } else {
            inbox.stop();
        }
    }

    /**
     * Something arrived or was read, here or on another device: the bell's count as it is now, and a toast for what
     * arrived since the last one (a meeting request, a round about to start).
     */
    private void inboxChanged() {
        var signedIn = currentUser.signedIn();
        showUnreadCount(signedIn);
        signedIn.ifPresent(account -> {
            var arrived = notifications.list(account.id(), true, new PageRequest(0, TOASTS_AT_ONCE + 1)).items()
                    .stream().filter(notification -> notification.createdAt().isAfter(toastedUpTo)).toList();
            if (arrived.isEmpty()) {
                return;
            }
            toastedUpTo = arrived.get(0).createdAt();
            var news = arrived.stream().filter(notification -> !ANSWERS_OWN_ACTION.contains(notification.kind()))
                    .map(notification -> notification.title()).toList();
            if (!news.isEmpty()) {
                toast(news.size() > TOASTS_AT_ONCE ? getTranslation("shell.new-notifications")
                        : String.join(" · ", news));
            }
        });
    }

    private void toast(String text) {
        var message = new Span(text);
        var open = Routes.link(getTranslation("shell.open"), Routes.notifications());
        open.setId("live-toast-open");
        open.addClassName("live-toast-open");
        var toast = new Notification(message, open);
        toast.setId("live-toast");
        toast.setDuration(8000);
        toast.setPosition(Notification.Position.BOTTOM_CENTER);
        toast.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
        toast.open();
    }

    /** "My network · 2 due": how many follow-ups have reached their reminder day, when any have. */
    private void showDueCount(Optional<Account> signedIn) {
        int due = signedIn.map(account -> connections.dueCount(account.id())).orElse(0);
        dueBadge.setText(due > 0 ? getTranslation("shell.due", due) : "");
        dueBadge.getElement().setAttribute("aria-label", translations.plural("shell.follow-ups-due", getLocale(),
                due));
        dueBadge.setVisible(due > 0);
        myNetwork.getElement().setAttribute("data-due", Integer.toString(due));
    }

    /** The bell: hidden for visitors, with the number of unread notifications when there are any. */
    private void showUnreadCount(Optional<Account> signedIn) {
        bell.setVisible(signedIn.isPresent());
        int unread = signedIn.map(account -> notifications.unreadCount(account.id())).orElse(0);
        unreadBadge.setText(unread > 99 ? "99+" : Integer.toString(unread));
        unreadBadge.setVisible(unread > 0);
        bell.getElement().setAttribute("aria-label", unread == 0 ? getTranslation("shell.notifications")
                : translations.plural("shell.notifications.unread", getLocale(), unread));
        bell.getElement().setAttribute("data-unread", Integer.toString(unread));
    }

    private MenuBar userMenu(Account account) {
        var menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));

        var avatar = new Avatar(account.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        // A picture beside the name, which says it all: hidden from screen readers, so it must not take the focus.
        avatar.getElement().setAttribute("aria-hidden", "true");
        avatar.getElement().setAttribute("tabindex", "-1");
        var name = new Span(account.displayName());
        name.setId("user-name");
        name.addClassName("user-name");
        var root = menu.addItem(new Div(avatar, name));
        root.addClassName("user-menu-root");

        var accountItem = root.getSubMenu().addItem(getTranslation("shell.my-account"),
                click -> click.getSource().getUI().ifPresent(ui -> Routes.go(ui, Routes.account())));
        accountItem.setId("nav-account");
        var logOut = root.getSubMenu().addItem(getTranslation("shell.log-out"), click -> currentUser.logOut());
        logOut.setId("logout");
        return menu;
    }

    private static RouterLink authLink(String text, Location page, String id, QueryParameters parameters) {
        var link = Routes.link(text, new Location(page.getPath(), parameters));
        link.setId(id);
        link.addClassName("auth-link");
        return link;
    }
}
