package org.mingle.web.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.events.IllegalEventTransitionException;
import org.mingle.domain.health.DatabaseFaults;
import org.mingle.web.accounts.AccountView;
import org.mingle.web.accounts.LoginView;
import org.mingle.web.events.EventsView;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellTest extends KaribuViewTest {

    private Account grace;

    @BeforeAll
    void account() {
        grace = signUp("Grace Brewster Murray Hopper", "grace@example.org");
    }

    @Test
    void everyPageHasTheAppNameAndTheNavigation() {
        UI.getCurrent().navigate("events/new");

        assertThat(_get(MainLayout.class)).isNotNull();
        assertThat(_get(RouterLink.class, spec -> spec.withId("app-name")).getText()).isEqualTo("Mingle");
        var events = _get(SideNavItem.class, spec -> spec.withId("nav-events"));
        var create = _get(SideNavItem.class, spec -> spec.withId("nav-create-event"));
        assertThat(events.getLabel()).isEqualTo("Events");
        assertThat(events.getPath()).isEmpty();
        assertThat(create.getLabel()).isEqualTo("Create event");
        assertThat(create.getPath()).isEqualTo("events/new");
    }

    @Test
    void everyPageSitsInOneMainLandmarkUnderOneH1WithASkipLinkToIt() {
        UI.getCurrent().navigate("events");

        var main = _get(Main.class, spec -> spec.withId(MainLayout.MAIN_CONTENT));
        assertThat(main.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(main.getElement().getChild(0).getComponent()).containsInstanceOf(EventsView.class);
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Upcoming events");
        var skip = _get(Anchor.class, spec -> spec.withId("skip-link"));
        assertThat(skip.getHref()).isEqualTo("#" + MainLayout.MAIN_CONTENT);
        assertThat(skip.getElement().hasAttribute("router-ignore")).isTrue();

        UI.getCurrent().navigate("login");
        assertThat(main.getElement().getChildCount()).as("the last page made way for the next").isOne();
        assertThat(main.getElement().getChild(0).getComponent()).containsInstanceOf(LoginView.class);
        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Log in to Mingle");
    }

    @Test
    void anAnonymousVisitorIsOfferedToLogInAndComeBackOrToSignUp() {
        UI.getCurrent().navigate("events", EventsView.searchFor("rust"));

        var logIn = _get(RouterLink.class, spec -> spec.withId("nav-login"));
        var signUp = _get(RouterLink.class, spec -> spec.withId("nav-signup"));
        assertThat(logIn.getText()).isEqualTo("Log in");
        assertThat(logIn.getHref()).isEqualTo("login?continue=events%3Fq%3Drust");
        assertThat(signUp.getText()).isEqualTo("Sign up");
        assertThat(signUp.getHref()).isEqualTo("signup?continue=events%3Fq%3Drust");
        _assertNone(MenuBar.class, spec -> spec.withId("user-menu"));
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-my-events"));
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-network"));
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-connect-code"));
    }

    @Test
    void aSignedInPersonSeesTheirNameWithTheAccountAndLogOutItemsAndMyEvents() {
        signInAs(grace);

        UI.getCurrent().navigate("");

        var menu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        assertThat(_get(Span.class, spec -> spec.withId("user-name")).getText())
                .isEqualTo("Grace Brewster Murray Hopper");
        var items = menu.getItems().get(0).getSubMenu().getItems();
        assertThat(items).extracting(item -> item.getId().orElse(""), MenuItem::getText)
                .containsExactly(tuple("nav-account", "My account"), tuple("logout", "Log out"));
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-my-events")).getPath()).isEqualTo("my-events");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-network")).getPath()).isEqualTo("network");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-connect-code")).getPath()).isEqualTo("me/connect");
        _assertNone(Span.class, spec -> spec.withId("nav-network-due")); // nothing due for Grace
        _assertNone(RouterLink.class, spec -> spec.withId("nav-login"));
        _assertNone(RouterLink.class, spec -> spec.withId("nav-signup"));
    }

    @Test
    void myAccountOpensTheAccountPage() {
        signInAs(grace);
        UI.getCurrent().navigate("");

        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "nav-account");

        assertThat(_get(AccountView.class)).isNotNull();
    }

    @Test
    void theRootIsTheEventList() {
        UI.getCurrent().navigate("");

        assertThat(_get(EventsView.class)).isNotNull();
    }

    @Test
    void anUnexpectedErrorShowsAnApologyNotItsDetails() {
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("relation \"event\" does not exist")));

        NotificationsKt.expectNotifications(UiErrorHandler.GENERIC_MESSAGE);
    }

    @Test
    void aRefusalByTheRulesShowsItsOwnMessage() {
        var refusal = new IllegalEventTransitionException(EventStatus.PUBLISHED, EventStatus.DRAFT);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new RuntimeException(refusal)));

        NotificationsKt.expectNotifications("An event that is PUBLISHED cannot become DRAFT.");
    }

    @Test
    void aLostDatabaseConnectionAsksToTryAgain() {
        var dropped = new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01");

        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("could not run the query", dropped)));

        NotificationsKt.expectNotifications(DatabaseFaults.MESSAGE);
    }
}
