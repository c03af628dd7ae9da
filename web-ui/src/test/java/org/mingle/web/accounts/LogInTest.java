package org.mingle.web.accounts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.LoginThrottlePolicy;
import org.mingle.web.events.CreateEventView;
import org.mingle.web.events.EventsView;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogInTest extends KaribuViewTest {

    private static final String WRONG_CREDENTIALS = "The email address or password is not correct.";

    private Account ada;
    private Account throttled;

    @BeforeAll
    void accounts() {
        ada = signUp("Ada Lovelace", "ada@example.org");
        throttled = signUp("Tim Throttled", "tim@example.org");
    }

    @Test
    void logInWithTheRightPasswordSignsInAndOpensTheEventsList() {
        UI.getCurrent().navigate("login");

        logIn(" Ada@Example.org ", PASSWORD);

        assertThat(currentUser().account()).contains(ada.id());
        assertThat(_get(EventsView.class)).isNotNull();
        assertThat(_get(MenuBar.class, spec -> spec.withId("user-menu"))).isNotNull();
    }

    @Test
    void logInGivesTheSessionANewId() {
        UI.getCurrent().navigate("login");
        var session = VaadinSession.getCurrent();
        String before = session.getSession().getId();

        logIn("ada@example.org", PASSWORD);

        assertThat(VaadinSession.getCurrent()).isSameAs(session); // the UI and its CSRF token stay
        assertThat(session.getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameMessage() {
        UI.getCurrent().navigate("login");

        logIn("ada@example.org", "not the password at all");
        String wrongPassword = error().getText();
        assertThat(error().isVisible()).isTrue();
        assertThat(_get(PasswordField.class, spec -> spec.withId("login-password")).getValue()).isEmpty();

        logIn("nobody-here@example.org", "not the password at all");
        String unknownEmail = error().getText();

        assertThat(wrongPassword).isEqualTo(WRONG_CREDENTIALS);
        assertThat(unknownEmail).isEqualTo(wrongPassword);
        assertThat(currentUser().account()).isEmpty();
        assertThat(_get(LoginView.class)).isNotNull();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordGetsTheFriendlyWaitMessage() {
        UI.getCurrent().navigate("login");
        for (int i = 0; i < LoginThrottlePolicy.PER_ACCOUNT_AND_CLIENT.maxAttempts(); i++) {
            logIn("tim@example.org", "wrong guess number " + i);
            assertThat(error().getText()).isEqualTo(WRONG_CREDENTIALS);
        }

        logIn("tim@example.org", PASSWORD);

        assertThat(error().getText()).startsWith("Too many failed log-in attempts. Please wait ")
                .endsWith(" and try again.");
        assertThat(currentUser().account()).isEmpty();
    }

    @Test
    void anEmptyPasswordAsksForBothAndIsNoFailure() {
        UI.getCurrent().navigate("login");

        logIn("ada@example.org", "");

        assertThat(error().getText()).isEqualTo("Please enter your email address and password.");
        assertThat(currentUser().account()).isEmpty();
    }

    @Test
    void anAnonymousVisitorIsSentToLogInAndBroughtBackAfterwards() {
        UI.getCurrent().navigate("events/new");

        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(path()).isEqualTo("login?continue=events%2Fnew");

        logIn("ada@example.org", PASSWORD);

        assertThat(_get(CreateEventView.class)).isNotNull();
        assertThat(path()).isEqualTo("events/new");
    }

    @Test
    void theAccountPageToo() {
        UI.getCurrent().navigate("account");
        assertThat(path()).isEqualTo("login?continue=account");

        logIn("ada@example.org", PASSWORD);

        assertThat(_get(AccountView.class)).isNotNull();
        assertThat(path()).isEqualTo("account");
    }

    @Test
    void theSignUpLinkKeepsWhereToContinue() {
        UI.getCurrent().navigate("my-events");

        var signUpLink = _get(RouterLink.class, spec -> spec.withId("login-signup-link"));
        assertThat(signUpLink.getHref()).isEqualTo("signup?continue=my-events");
    }

    @Test
    void aSignedInVisitorOfTheLogInPageGoesOn() {
        signInAs(ada);

        UI.getCurrent().navigate("login", QueryParameters.of("continue", "my-events"));

        assertThat(path()).isEqualTo("my-events");
    }

    @Test
    void logOutEndsTheSession() {
        signInAs(ada);
        UI.getCurrent().navigate("");
        var oldSession = VaadinSession.getCurrent();
        var oldHttpSession = (FakeHttpSession) ((WrappedHttpSession) oldSession.getSession()).getHttpSession();

        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "logout");

        assertThat(oldHttpSession.isValid()).as("the old HTTP session is invalidated").isFalse();
        assertThat(oldSession.getAttribute(CurrentUser.SESSION_ATTRIBUTE)).isNull();
        assertThat(VaadinSession.getCurrent()).isNotSameAs(oldSession); // the browser reloads into a new session
        assertThat(currentUser().account()).isEmpty();
        _assertNone(MenuBar.class, spec -> spec.withId("user-menu"));
    }

    @Test
    void theLogInPageConfirmsTheLogOut() {
        UI.getCurrent().navigate("login", QueryParameters.of("notice", "logged-out"));

        var notice = _get(Paragraph.class, spec -> spec.withId("login-notice"));
        assertThat(notice.getText()).isEqualTo("You have logged out.");
    }

    @Test
    void anUnknownNoticeShowsNothing() {
        UI.getCurrent().navigate("login", QueryParameters.of("notice", "<b>Pay here</b>"));

        _assertNone(Paragraph.class, spec -> spec.withId("login-notice"));
    }

    @Test
    void anAccountErasedElsewhereIsSignedOutAtItsNextRequest() {
        var erased = signUp("Eve Erased", "eve@example.org");
        signInAs(erased);
        assertThat(currentUser().account()).contains(erased.id());

        beans.getBean(AccountService.class).erase(erased.id(), null);
        UI.getCurrent().navigate("account");

        assertThat(currentUser().account()).isEmpty();
        assertThat(_get(LoginView.class)).isNotNull();
    }

    private void logIn(String email, String password) {
        _setValue(_get(EmailField.class, spec -> spec.withId("login-email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("login-password")), password);
        _click(_get(Button.class, spec -> spec.withId("login-submit")));
    }

    private static Div error() {
        return _get(Div.class, spec -> spec.withId("login-error"));
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
