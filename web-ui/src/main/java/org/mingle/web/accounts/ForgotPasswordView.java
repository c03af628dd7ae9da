package org.mingle.web.accounts;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.accounts.PasswordResetService;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * "Forgot password?": asks for the address and mails a reset link if an account uses it. The page answers the same
 * either way, so it tells nobody which addresses have accounts.
 */
@Prototype
@AnonymousAllowed
@Route(value = Routes.FORGOT_PASSWORD, layout = MainLayout.class)
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordResetService resets;

    private final EmailField email = new EmailField(getTranslation("accounts.email"));
    private final Button submit = new Button(getTranslation("accounts.forgot.submit"));
    private final Paragraph sent = new Paragraph(getTranslation("accounts.forgot.sent"));
    private final FieldErrors fieldErrors = new FieldErrors();

    ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassNames("page", "auth-page");
        setPadding(true);

        var heading = new H1(getTranslation("accounts.forgot.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var explanation = new Paragraph(getTranslation("accounts.forgot.explanation"));
        explanation.addClassNames(LumoUtility.Margin.NONE);

        email.setId("forgot-email");
        email.setAutocomplete(Autocomplete.USERNAME);
        email.setAutofocus(true);
        email.setWidthFull();
        email.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        fieldErrors.add("email", email, "Email address");

        sent.setId("forgot-sent");
        sent.addClassName("auth-notice");
        sent.getElement().setAttribute("role", "status");
        sent.setVisible(false);

        submit.setId("forgot-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> request());
        submit.addClickShortcut(Key.ENTER).listenOn(email);

        var back = Routes.link(getTranslation("accounts.back-to-log-in"), Routes.logIn());
        back.setId("forgot-login-link");

        var form = new Div(email, submit);
        form.setId("forgot-form");
        form.addClassName("auth-form");
        add(heading, explanation, form, sent, back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.forgot.title");
    }

    private void request() {
        try {
            fieldErrors.clear();
            resets.request(email.getValue(), CurrentUser.clientAddress());
            sent.setVisible(true);
        } catch (InvalidInputException invalid) {
            sent.setVisible(false);
            fieldErrors.show(invalid.errors());
        } finally {
            submit.setEnabled(true);
        }
    }
}
