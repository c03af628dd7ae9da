package org.mingle.web.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.mingle.domain.accounts.TooManyAttemptsException;
import org.mingle.domain.events.EventId;
import org.mingle.domain.notifications.OrganizerMessages;
import org.mingle.domain.registration.RegistrationId;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.TextLimits;

/**
 * A message to the registrants picked on the dashboard: the same message, limit and delivery counts as
 * {@link MessagesSection}'s, addressed to the selection rather than a status.
 */
public class SelectionMessageDialog extends Dialog {

    private final OrganizerMessages messages;
    private final CurrentUser currentUser;
    private final Runnable onSent;

    private final Paragraph whom = new Paragraph();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Button send = new Button();
    private final FieldErrors fieldErrors = new FieldErrors();

    private EventId event;
    private List<RegistrationId> chosen = List.of();

    /** @param onSent after a message went out: the dashboard lists it with its delivery counts */
    public SelectionMessageDialog(OrganizerMessages messages, CurrentUser currentUser, Runnable onSent) {
        this.messages = messages;
        this.currentUser = currentUser;
        this.onSent = onSent;
        setId("selection-message-dialog");
        setHeaderTitle(getTranslation("notifications.selection.title"));
        subject.setLabel(getTranslation("notifications.messages.subject"));
        body.setLabel(getTranslation("notifications.messages.body"));
        send.setText(getTranslation("notifications.selection.send"));
        setWidth("36rem");
        setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        whom.setId("selection-message-whom");
        subject.setId("selection-message-subject");
        subject.setMaxLength(TextLimits.maxLength(OrganizerMessages.SUBJECT_MAX));
        subject.setWidthFull();
        body.setId("selection-message-body");
        body.setMaxLength(TextLimits.maxLength(OrganizerMessages.BODY_MAX));
        body.setWidthFull();
        // The domain's messages are English, so the names they start with stay English too.
        fieldErrors.add("subject", subject, "Subject").add("body", body, "Message");
        add(whom, subject, body);

        var cancel = new Button(getTranslation("notifications.selection.cancel"), click -> close());
        cancel.setId("selection-message-cancel");
        send.setId("selection-message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());
        getFooter().add(cancel, send);
    }

    /** Opens the dialog for the chosen registrations; those no longer active are left out when it is sent. */
    public void open(EventId shown, List<RegistrationId> registrations) {
        event = shown;
        chosen = List.copyOf(registrations);
        fieldErrors.clear();
        whom.setText(getTranslation(chosen.size() == 1 ? "notifications.selection.whom.one"
                : "notifications.selection.whom.other", chosen.size()));
        open();
    }

    private void send() {
        try {
            fieldErrors.clear();
            var message = messages.sendToSelected(currentUser.require(), event, subject.getValue(), body.getValue(),
                    chosen);
            var done = Notification.show(getTranslation(message.recipients() == 1 ? "notifications.sent.one"
                    : "notifications.sent.other", message.recipients()), 4000, Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            subject.clear();
            body.clear();
            close();
            onSent.run();
        } catch (InvalidInputException invalid) {
            var unplaced = fieldErrors.show(invalid.errors());
            if (!unplaced.isEmpty()) {
                fieldErrors.showSentence("body",
                        getTranslation("notifications.selection.invalid", String.join("; ", unplaced)));
            }
        } catch (TooManyAttemptsException wait) {
            fieldErrors.showSentence("body", wait.getMessage());
        } catch (DomainException refused) {
            fieldErrors.showSentence("body", DomainMessages.of(refused));
        } finally {
            send.setEnabled(true);
        }
    }
}
