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

    private final EmailField email = new EmailField("Email address of their Mingle account");
    private final Button add = new Button("Add");
    private final FieldErrors fieldErrors = new FieldErrors();

    private EventId event;

    /** @param onAdded after someone was added: the dashboard as things stand now */
    AddRegistrantDialog(HandRegistrations byHand, CurrentUser currentUser, Runnable onAdded) {
        this.byHand = byHand;
        this.currentUser = currentUser;
        this.onAdded = onAdded;
        setId("add-registrant-dialog");
        setHeaderTitle("Add a registrant");
        setWidth("32rem");
        setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        var explanation = new Paragraph("They get a seat if one is free, otherwise a place on the waitlist, and are "
                + "told as if they had registered themselves. Someone without a Mingle account signs up first; "
                + "then add them here.");
        email.setId("add-registrant-email");
        email.setWidthFull();
        email.setMaxLength(Email.MAX_LENGTH);
        email.setClearButtonVisible(true);
        fieldErrors.add("email", email, "Email");
        add(explanation, email);

        var cancel = new Button("Cancel", click -> close());
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
                fieldErrors.showSentence("email", "No Mingle account uses " + missing.email().value() + ", so "
                        + "nobody was added and no seat is held. Ask them to sign up with this address, then add "
                        + "them again.");
            }
        } catch (InvalidInputException invalid) {
            fieldErrors.show(invalid.errors());
        } catch (DomainException refused) {
            // Already registered, or the event no longer takes registrations: said next to the address.
            fieldErrors.showSentence("email", refused.getMessage());
        } finally {
            add.setEnabled(true);
        }
    }

    private void added(Registration registration) {
        close();
        if (registration.status() == RegistrationStatus.WAITLISTED) {
            Notices.show("The event is full: " + registration.displayName() + " is on the waitlist, position "
                    + registration.waitlistPosition() + ".", NotificationVariant.LUMO_WARNING);
        } else {
            Notices.show(registration.displayName() + " is registered and confirmed.",
                    NotificationVariant.LUMO_SUCCESS);
        }
        onAdded.run();
    }
}
