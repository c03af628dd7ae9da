package org.mingle.web.endorsements;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.endorsements.EndorsementRules;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;

/**
 * Endorsing a connection: tick one to three of the interests they let the endorser see, and add a short note. The
 * domain decides whether the two met and validates; a refused field shows its message next to it, a refusal of the
 * whole (not met yet, endorsed already) above the buttons.
 */
public class EndorseDialog extends Dialog {

    static final String ID = "endorse-dialog";

    private final transient EndorsementService endorsements;
    private final transient CurrentUser currentUser;

    private final Paragraph intro = new Paragraph();
    private final CheckboxGroup<String> topics = new CheckboxGroup<>();
    private final TextArea note = new TextArea();
    private final Div formError = new Div();
    private final Button send = new Button();
    private final FieldErrors fieldErrors = new FieldErrors();

    private ConnectionId connection;
    private String name;
    private Runnable onEndorsed = () -> { };

    public EndorseDialog(EndorsementService endorsements, CurrentUser currentUser) {
        this.endorsements = endorsements;
        this.currentUser = currentUser;
        setId(ID);
        setWidth("32rem");
        setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");

        intro.setId("endorse-intro");
        intro.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        topics.setId("endorse-topics");
        topics.setLabel(getTranslation("endorsements.dialog.topics"));
        topics.setHelperText(getTranslation("endorsements.dialog.topics-help", EndorsementRules.TOPICS_MAX));
        topics.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        note.setId("endorse-note");
        note.setLabel(getTranslation("endorsements.dialog.note"));
        note.setHelperText(getTranslation("endorsements.dialog.note-help", EndorsementRules.NOTE_MAX));
        note.setMaxLength(EndorsementRules.NOTE_MAX);
        note.setWidthFull();
        fieldErrors.add("topics", topics, "").add("note", note, "");
        formError.setId("endorse-error");
        formError.addClassName("notice-error");
        formError.setVisible(false);
        add(intro, topics, note, formError);

        var cancel = new Button(getTranslation("endorsements.dialog.cancel"), click -> close());
        cancel.setId("cancel-endorse");
        send.setId("send-endorsement");
        send.setText(getTranslation("endorsements.dialog.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());
        getFooter().add(cancel, send);
    }

    /**
     * @param interests the other person's interests as the endorser sees them; {@code null} or empty when they show
     *                  none
     */
    public void open(ConnectionId endorsed, String displayName, List<Interest> interests, Runnable afterwards) {
        connection = endorsed;
        name = displayName;
        onEndorsed = afterwards;
        setHeaderTitle(getTranslation("endorsements.dialog.title", displayName));
        intro.setText(getTranslation("endorsements.dialog.intro", displayName));
        var offered = interests == null ? List.<String>of() : interests.stream().map(Interest::display).toList();
        topics.setItems(offered);
        topics.clear();
        topics.setEnabled(!offered.isEmpty());
        note.clear();
        clearErrors();
        if (offered.isEmpty()) {
            formError.setText(getTranslation("endorsements.dialog.no-interests", displayName));
            formError.setVisible(true);
        }
        send.setEnabled(!offered.isEmpty());
        open();
    }

    private void send() {
        clearErrors();
        try {
            endorsements.endorseConnection(currentUser.require(), connection, List.copyOf(topics.getSelectedItems()),
                    note.getValue());
            close();
            var done = Notification.show(getTranslation("endorsements.dialog.sent", name), 5000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onEndorsed.run();
        } catch (InvalidInputException invalid) {
            List<String> unplaced = fieldErrors.show(invalid.errors());
            if (!unplaced.isEmpty()) {
                formError.setText(String.join(" ", unplaced));
                formError.setVisible(true);
            }
        } catch (DomainException refused) {
            formError.setText(DomainMessages.of(refused));
            formError.setVisible(true);
        } finally {
            send.setEnabled(true);
        }
    }

    private void clearErrors() {
        fieldErrors.clear();
        formError.setText("");
        formError.setVisible(false);
    }
}
