package org.mingle.web.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import org.mingle.domain.accounts.Email;
import org.mingle.domain.events.EventId;
import org.mingle.domain.registration.HandRegistration;
import org.mingle.domain.registration.HandRegistrations;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;

/**
 * An organizer adding a person by the email address of their Mingle account: a walk-in, a guest, someone who
 * registered by phone. They are confirmed while seats remain, else waitlisted, and told as if they had registered. An
 * address without an account registers nobody and says so next to the field: the person signs up first.
 */
class AddRegistrantDialog extends Dialog {

    private final HandRegistrations byHand;
    private final CurrentUser currentUser;
    private final Runnable onAdded;

    private final EmailField email = new EmailField();
    private final Button add = new Button();
    private final FieldErrors fieldErrors = new FieldErrors();

    private EventId event;

    /** @param onAdded after someone was added: the dashboard as things stand now */
    AddRegistrantDialog(HandRegistrations byHand, CurrentUser currentUser, Runnable onAdded) {
        this.byHand = byHand;
        this.currentUser = currentUser;
        this.onAdded = onAdded;
        setId("add-registrant-dialog");
        setHeaderTitle(getTranslation("events.add.title"));
        email.setLabel(getTranslation("events.add.email"));
        add.setText(getTranslation("events.add.submit"));
        setWidth("32rem");
        setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        var explanation = new Paragraph(getTranslation("events.add.explanation"));
        email.setId("add-registrant-email");
        email.setWidthFull();
        email.setMaxLength(Email.MAX_LENGTH);
        email.setClearButtonVisible(true);
        // The domain's English messages start with this name; one the page translates stands alone (decision 63).
        fieldErrors.add("email", email, "Email");
        add(explanation, email);

        var cancel = new Button(getTranslation("events.add.cancel"), click -> close());
        cancel.setId("add-registrant-cancel");
        add.setId("add-registrant-submit");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(click -> submit());
        getFooter().add(cancel, add);
    }

    void open(EventId shown) {
        event = shown;
        email.clear();
        fieldErrors.clear();
        open();
        email.focus();
    }

    private void submit() {
        try {
            fieldErrors.clear();
            var outcome = byHand.add(currentUser.require(), event, email.getValue());
            if (outcome instanceof HandRegistration.Registered registered) {
                added(registered.registration());
            } else if (outcome instanceof HandRegistration.NoAccount missing) {
                fieldErrors.showSentence("email", getTranslation("events.add.no-account", missing.email().value()));
            }
        } catch (InvalidInputException invalid) {
            fieldErrors.show(invalid.errors());
        } catch (DomainException refused) {
            // Already registered, or the event no longer takes registrations: said next to the address.
            fieldErrors.showSentence("email", DomainMessages.of(refused));
        } finally {
            add.setEnabled(true);
        }
    }

    private void added(Registration registration) {
        close();
        if (registration.status() == RegistrationStatus.WAITLISTED) {
            Notices.show(getTranslation("events.registrations.approved-waitlisted", registration.displayName(),
                    registration.waitlistPosition()), NotificationVariant.LUMO_WARNING);
        } else {
            Notices.show(getTranslation("events.add.added", registration.displayName()),
                    NotificationVariant.LUMO_SUCCESS);
        }
        onAdded.run();
    }
}
