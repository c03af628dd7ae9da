package org.mingle.web.accounts;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.Map;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TooManyAttemptsException;
import org.mingle.domain.shared.AuthenticationException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TemporarilyUnavailableException;
import org.mingle.web.shell.ContinueTarget;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.LanguageChoice;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * Log-in with email address and password. A wrong password and an unknown address get the same message, so the page
 * tells nobody which addresses have accounts; too many failures from this client get the domain's friendly wait
 * message (the same rules as the API, with the session's client address). Afterwards
 * the visitor continues to the page they asked for ({@code ?continue=}), or to the events list.
 */
@Prototype
@AnonymousAllowed
@Route(value = Routes.LOG_IN, layout = MainLayout.class)
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Notices other pages may ask for; the parameter only picks one, so no text from the address is ever shown. */
    private static final Map<String, String> NOTICES = Map.of(
            Routes.LOGGED_OUT, "accounts.login.notice.logged-out",
            Routes.ACCOUNT_DELETED, "accounts.login.notice.account-deleted",
            Routes.PASSWORD_CHANGED, "accounts.login.notice.password-changed");

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final LanguageChoice languages;

    private final Paragraph notice = new Paragraph();
    private final Div error = new Div();
    private final EmailField email = new EmailField(getTranslation("accounts.email"));
    private final PasswordField password = new PasswordField(getTranslation("accounts.password"));
    private final Button submit = new Button(getTranslation("accounts.login.submit"));
    private final RouterLink signUp = new RouterLink(getTranslation("accounts.login.create-account"), SignUpView.class);

    private QueryParameters parameters = QueryParameters.empty();

    LoginView(AccountService accounts, CurrentUser currentUser, LanguageChoice languages) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.languages = languages;
        addClassNames("page", "auth-page");
        setPadding(true);

        var heading = new H1(getTranslation("accounts.login.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);

        notice.setId("login-notice");
        notice.addClassName("auth-notice");
        notice.setVisible(false);

        error.setId("login-error");
        error.addClassName("auth-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        email.setId("login-email");
        email.setAutocomplete(Autocomplete.USERNAME);
        email.setAutofocus(true);
        email.setManualValidation(true);
        email.setWidthFull();
        password.setId("login-password");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setManualValidation(true);
        password.setWidthFull();

        submit.setId("login-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> logIn());
        submit.addClickShortcut(Key.ENTER).listenOn(email, password);

        signUp.setId("login-signup-link");
        var toSignUp = new Paragraph(new Span(getTranslation("accounts.login.new-to-mingle") + " "), signUp);
        toSignUp.addClassNames(LumoUtility.Margin.NONE);

        var forgot = Routes.link(getTranslation("accounts.login.forgot"), Routes.forgotPassword());
        forgot.setId("login-forgot-link");
        var forgotLine = new Div(forgot);
        forgotLine.addClassNames(LumoUtility.Margin.NONE);

        var form = new Div(email, password, error, submit, forgotLine);
        form.setId("login-form");
        form.addClassName("auth-form");
        add(heading, notice, form, toSignUp);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.login.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        parameters = enter.getLocation().getQueryParameters();
        if (currentUser.isSignedIn()) {
            ContinueTarget.forward(enter, parameters);
            return;
        }
        signUp.setQueryParameters(ContinueTarget.passOn(parameters));
        var text = parameters.getSingleParameter(Routes.LOG_IN_NOTICE).map(NOTICES::get)
                .map(key -> getTranslation(key));
        notice.setText(text.orElse(""));
        notice.setVisible(text.isPresent());
    }

    private void logIn() {
        try {
            var account = accounts.logIn(email.getValue(), password.getValue(), CurrentUser.clientAddress());
            currentUser.signIn(account);
            ContinueTarget.go(UI.getCurrent(), parameters, languages.signedIn(UI.getCurrent(), account.id()));
        } catch (InvalidInputException incomplete) {
            showError(getTranslation("accounts.login.enter-both"));
        } catch (AuthenticationException | TooManyAttemptsException | TemporarilyUnavailableException refused) {
            showError(DomainMessages.of(refused));
        } finally {
            submit.setEnabled(true);
        }
    }

    private void showError(String message) {
        notice.setVisible(false);
        error.setText(message);
        error.setVisible(true);
        password.clear();
        password.focus();
    }
}
