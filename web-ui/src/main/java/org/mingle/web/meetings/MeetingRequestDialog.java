package org.mingle.web.meetings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.TextLimits;
import org.mingle.web.shell.UiErrorHandler;

/**
 * Asks another attendee to meet, with an optional message. The send button stays disabled from the click until the
 * answer, so a double click sends one request. A too-long message shows its error at the field; a refusal by the
 * rules (not attending, blocked, too many unanswered requests, already asked) closes the dialog and says why.
 */
public class MeetingRequestDialog extends Dialog {

    public static final String ID = "request-meeting-dialog";

    private final MeetingRequestService meetings;
    private final CurrentUser currentUser;

    private final Paragraph intro = new Paragraph();
    private final TextArea message = new TextArea(getTranslation("meetings.request-dialog.message"));
    private final Button send = new Button(getTranslation("meetings.request-dialog.send"));
    private final FieldErrors fieldErrors = new FieldErrors();

    private EventId event;
    private AccountId to;
    private String name;
    private Runnable afterwards = () -> { };

    public MeetingRequestDialog(MeetingRequestService meetings, CurrentUser currentUser) {
        this.meetings = meetings;
        this.currentUser = currentUser;
        setId(ID);
        setWidth("32rem");
        setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");

        intro.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.TextColor.SECONDARY);
        message.setId("request-message");
        message.setWidthFull();
        message.setMinHeight("6rem");
        message.setMaxLength(TextLimits.maxLength(MeetingRequestService.MESSAGE_MAX));
        message.setPlaceholder(getTranslation("meetings.request-dialog.placeholder"));
        message.setValueChangeMode(ValueChangeMode.EAGER);
        message.addValueChangeListener(change -> showCount());
        fieldErrors.add("message", message, "Message");
        add(intro, message);

        var cancel = new Button(getTranslation("meetings.request-dialog.cancel"), click -> close());
        cancel.setId("cancel-request-dialog");
        send.setId("send-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());
        getFooter().add(cancel, send);
    }

    /**
     * Opens the dialog for one person.
     *
     * @param afterwards runs once the request is sent or refused, to show the new state
     */
    public void open(EventId event, AccountId to, String name, Runnable afterwards) {
        this.event = event;
        this.to = to;
        this.name = name;
        this.afterwards = afterwards;
        setHeaderTitle(getTranslation("meetings.request-dialog.title", name));
        intro.setText(getTranslation("meetings.request-dialog.intro", name));
        message.clear();
        fieldErrors.clear();
        showCount();
        send.setEnabled(true);
        open();
    }

    private void send() {
        try {
            fieldErrors.clear();
            meetings.request(currentUser.require(), event, to, message.getValue());
            close();
            var done = Notification.show(getTranslation("meetings.request-dialog.sent", name),
                    5000, Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterwards.run();
        } catch (InvalidInputException invalid) {
            List<String> unplaced = fieldErrors.show(invalid.errors());
            unplaced.forEach(UiErrorHandler::show);
        } catch (DomainException refused) {
            close();
            UiErrorHandler.show(DomainMessages.of(refused));
            afterwards.run();
        } finally {
            send.setEnabled(true);
        }
    }

    private void showCount() {
        int length = message.getValue() == null ? 0 : message.getValue().length();
        message.setHelperText(length + "/" + MeetingRequestService.MESSAGE_MAX);
    }
}
