package org.mingle.web.accounts;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.accounts.PasswordPolicy;
import org.mingle.domain.accounts.PasswordResetService;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * Where a password-reset mail leads ({@code reset-password?token=...}): choose a new password. A used, expired or
 * damaged link says which, with a way to ask for a new one, instead of failing. Success ends every session of the
 * account, this browser's included, and opens the log-in page.
 */
@Prototype
@AnonymousAllowed
@Route(value = Routes.RESET_PASSWORD, layout = MainLayout.class)
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final CurrentUser currentUser;

    private final PasswordField password = new PasswordField(getTranslation("accounts.reset.password"));
    private final Button submit = new Button(getTranslation("accounts.reset.submit"));
    private final Div linkProblem = new Div();
    private final FieldErrors fieldErrors = new FieldErrors();
    private String token = "";

    ResetPasswordView(PasswordResetService resets, CurrentUser currentUser) {
        this.resets = resets;
        this.currentUser = currentUser;
        addClassNames("page", "auth-page");
        setPadding(true);

        var heading = new H1(getTranslation("accounts.reset.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);

        password.setId("reset-password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setAutofocus(true);
        password.setWidthFull();
        password.setHelperText(getTranslation("accounts.password.helper", PasswordPolicy.MIN_LENGTH));
        fieldErrors.add("password", password, "Password");

        linkProblem.setId("reset-link-problem");
        linkProblem.addClassName("auth-error");
        linkProblem.getElement().setAttribute("role", "alert");
        linkProblem.setVisible(false);

        submit.setId("reset-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> save());
        submit.addClickShortcut(Key.ENTER).listenOn(password);

        var again = Routes.link(getTranslation("accounts.reset.ask-again"), Routes.forgotPassword());
        again.setId("reset-ask-again");

        var form = new Div(password, linkProblem, submit);
        form.setId("reset-form");
        form.addClassName("auth-form");
        add(heading, form, new Paragraph(again));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.reset.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        token = enter.getLocation().getQueryParameters().getSingleParameter(Routes.MAIL_TOKEN).orElse("");
    }

    private void save() {
        try {
            fieldErrors.clear();
            linkProblem.setVisible(false);
            resets.confirm(token, password.getValue(), CurrentUser.clientAddress());
            currentUser.endSession(Routes.logIn(Routes.PASSWORD_CHANGED).getPathWithQueryParameters());
        } catch (InvalidInputException invalid) {
            var tokenProblem = invalid.errors().stream().filter(e -> e.field().equals("token"))
                    .map(FieldError::message).findFirst();
            if (tokenProblem.isPresent()) {
                linkProblem.setText(tokenProblem.get());
                linkProblem.setVisible(true);
                password.clear();
            } else {
                fieldErrors.show(invalid.errors());
            }
        } finally {
            submit.setEnabled(true);
        }
    }
}
