package org.mingle.web.accounts;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.Email;
import org.mingle.domain.accounts.EmailTakenException;
import org.mingle.domain.accounts.PasswordPolicy;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.accounts.TooManyAttemptsException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TemporarilyUnavailableException;
import org.mingle.web.shell.ContinueTarget;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.LanguageChoice;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.TextLimits;

/**
 * Creates an account: name, email address and password. The domain validates; each refused field shows its message
 * next to it. Afterwards the person is signed in and continues to the page they asked for, or to the events list.
 */
@Prototype
@AnonymousAllowed
@Route(value = Routes.SIGN_UP, layout = MainLayout.class)
public class SignUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final LanguageChoice languages;

    private final TextField name = new TextField(getTranslation("accounts.signup.name"));
    private final EmailField email = new EmailField(getTranslation("accounts.email"));
    private final PasswordField password = new PasswordField(getTranslation("accounts.password"));
    private final Div formError = new Div();
    private final Button submit = new Button(getTranslation("accounts.signup.submit"));
    private final RouterLink logIn = new RouterLink(getTranslation("shell.log-in"), LoginView.class);
    private final FieldErrors fieldErrors = new FieldErrors();

    private QueryParameters parameters = QueryParameters.empty();

    SignUpView(AccountService accounts, CurrentUser currentUser, LanguageChoice languages) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.languages = languages;
        addClassNames("page", "auth-page");
        setPadding(true);

        var heading = new H1(getTranslation("accounts.signup.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);

        name.setId("signup-name");
        name.setAutocomplete(Autocomplete.NAME);
        name.setMaxLength(TextLimits.maxLength(AccountService.DISPLAY_NAME_MAX));
        name.setHelperText(getTranslation("accounts.signup.name.helper"));
        name.setAutofocus(true);
        email.setId("signup-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        password.setId("signup-password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText(getTranslation("accounts.password.helper", PasswordPolicy.MIN_LENGTH));
        name.setWidthFull();
        email.setWidthFull();
        password.setWidthFull();
        fieldErrors.add("displayName", name, "Name").add("email", email, "Email").add("password", password, "Password");

        formError.setId("signup-error");
        formError.addClassName("auth-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        submit.setId("signup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> signUp());
        submit.addClickShortcut(Key.ENTER).listenOn(name, email, password);

        logIn.setId("signup-login-link");
        var toLogIn = new Paragraph(new Span(getTranslation("accounts.signup.have-account") + " "), logIn);
        toLogIn.addClassNames(LumoUtility.Margin.NONE);

        var form = new Div(name, email, password, formError, submit);
        form.setId("signup-form");
        form.addClassName("auth-form");
        add(heading, form, toLogIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.signup.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        parameters = enter.getLocation().getQueryParameters();
        if (currentUser.isSignedIn()) {
            ContinueTarget.forward(enter, parameters);
            return;
        }
        logIn.setQueryParameters(ContinueTarget.passOn(parameters));
        // A team invitation's page sends its address along; a value too long for an address is no address.
        parameters.getSingleParameter(Routes.SIGN_UP_EMAIL).filter(text -> text.length() <= Email.MAX_LENGTH)
                .ifPresent(prefilled -> email.setValue(prefilled.strip()));
    }

    private void signUp() {
        try {
            fieldErrors.clear();
            formError.setVisible(false);
            var account = accounts.signUp(new SignUp(email.getValue(), password.getValue(), name.getValue()),
                    CurrentUser.clientAddress());
            currentUser.signIn(account);
            var welcome = Notification.show(getTranslation("accounts.signup.welcome", account.displayName()), 4000,
                    Notification.Position.BOTTOM_CENTER);
            welcome.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            ContinueTarget.go(UI.getCurrent(), parameters, languages.signedIn(UI.getCurrent(), account.id()));
        } catch (InvalidInputException invalid) {
            var unplaced = fieldErrors.show(invalid.errors());
            formError.setText(String.join(" ", unplaced));
            formError.setVisible(!unplaced.isEmpty());
        } catch (EmailTakenException taken) {
            fieldErrors.showSentence("email", taken.getMessage());
        } catch (TooManyAttemptsException | TemporarilyUnavailableException wait) {
            formError.setText(wait.getMessage());
            formError.setVisible(true);
        } finally {
            submit.setEnabled(true);
        }
    }
}
