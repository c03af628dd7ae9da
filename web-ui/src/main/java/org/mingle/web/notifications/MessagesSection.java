package org.mingle.web.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.mingle.domain.accounts.TooManyAttemptsException;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.notifications.Audience;
import org.mingle.domain.notifications.MessageDelivery;
import org.mingle.domain.notifications.OrganizerMessages;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.TextLimits;

/**
 * The dashboard's messages to registrants: write one to the confirmed, the waitlisted or all, and see the ones sent
 * with how many went out by mail. For the event's organizers only; check-in staff do not see it.
 */
public class MessagesSection extends Section {

    private final OrganizerMessages messages;
    private final CurrentUser currentUser;

    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Select<Audience> audience = new Select<>();
    private final Button send = new Button();
    private final Div sent = new Div();
    private final FieldErrors fieldErrors = new FieldErrors();
    private Event event;

    public MessagesSection(OrganizerMessages messages, CurrentUser currentUser) {
        this.messages = messages;
        this.currentUser = currentUser;
        setId("messages-section");
        addClassName("account-section");
        subject.setLabel(getTranslation("notifications.messages.subject"));
        body.setLabel(getTranslation("notifications.messages.body"));
        send.setText(getTranslation("notifications.messages.send"));
        var heading = new H3(getTranslation("notifications.messages.heading"));
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
        var explanation = new Paragraph(getTranslation("notifications.messages.intro"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);

        subject.setId("message-subject");
        subject.setMaxLength(TextLimits.maxLength(OrganizerMessages.SUBJECT_MAX));
        subject.setWidthFull();
        body.setId("message-body");
        body.setMaxLength(TextLimits.maxLength(OrganizerMessages.BODY_MAX));
        body.setWidthFull();
        audience.setId("message-audience");
        audience.setLabel(getTranslation("notifications.messages.to"));
        // A selection is made in the registrations' grid, which opens its own dialog.
        audience.setItems(Audience.CONFIRMED, Audience.WAITLISTED, Audience.ALL);
        audience.setItemLabelGenerator(this::audience);
        audience.setValue(Audience.CONFIRMED);
        // The domain's messages are English, so the names they start with stay English too.
        fieldErrors.add("subject", subject, "Subject").add("body", body, "Message").add("audience", audience, "To");
        send.setId("message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());
        sent.setId("messages-sent");

        add(heading, explanation, audience, subject, body, send, sent);
    }

    /** Shows the section for an event, or hides it from whoever does not organize it. */
    public void show(Event shown, Optional<EventRole> role) {
        event = shown;
        setVisible(EventAccess.canManage(role));
        if (isVisible()) {
            listSent();
        }
    }

    private void send() {
        try {
            fieldErrors.clear();
            var message = messages.send(currentUser.require(), event.id(), subject.getValue(), body.getValue(),
                    audience.getValue());
            var done = Notification.show(getTranslation(message.recipients() == 1 ? "notifications.sent.one"
                    : "notifications.sent.other", message.recipients()), 4000, Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            subject.clear();
            body.clear();
            listSent();
        } catch (InvalidInputException invalid) {
            fieldErrors.show(invalid.errors());
        } catch (TooManyAttemptsException wait) {
            fieldErrors.showSentence("body", wait.getMessage());
        } finally {
            send.setEnabled(true);
        }
    }

    private void listSent() {
        sent.removeAll();
        for (MessageDelivery delivery : messages.sent(currentUser.require(), event.id())) {
            var message = delivery.message();
            var title = new Span(message.subject());
            title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            var when = DateTimeFormatter.ofPattern(getTranslation("format.moment-utc"), Formats.locale());
            var facts = new Span(when.format(message.sentAt().atZone(ZoneOffset.UTC)) + " · "
                    + getTranslation("notifications.messages.sent-facts", audienceInList(message.audience()),
                            message.recipients(), delivery.mailed(), delivery.waiting(), delivery.failed()));
            facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            var item = new Div(title, new Div(facts));
            item.addClassName("notification");
            sent.add(item);
        }
    }

    private String audience(Audience audience) {
        return getTranslation("notifications.audience." + audience.name().toLowerCase(Locale.ROOT));
    }

    /** The audience inside a sentence, where English writes it in lower case. */
    private String audienceInList(Audience audience) {
        return getTranslation("notifications.audience-in-list." + audience.name().toLowerCase(Locale.ROOT));
    }
}
