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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Forgot password · Mingle")
public class ForgotPasswordView extends VerticalLayout {

    static final String SENT = "If a Mingle account uses this address, a link to choose a new password is on its "
            + "way. It works once, for one hour. Nothing arrived? Check your spam folder, or ask again.";

    private final PasswordResetService resets;

    private final EmailField email = new EmailField("Email address");
    private final Button submit = new Button("Mail me a link");
    private final Paragraph sent = new Paragraph(SENT);
    private final FieldErrors fieldErrors = new FieldErrors();

    ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassNames("page", "auth-page");
        setPadding(true);

        var heading = new H1("Forgot your password?");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var explanation = new Paragraph("Enter the address you log in with. Mingle mails you a link to choose a new "
                + "password.");
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

        var back = Routes.link("Back to log in", Routes.logIn());
        back.setId("forgot-login-link");

        var form = new Div(email, submit);
        form.setId("forgot-form");
        form.addClassName("auth-form");
        add(heading, explanation, form, sent, back);
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
