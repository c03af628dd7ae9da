package org.mingle.web.connections;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.connections.ConnectionNotFoundException;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.MyConnection;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.connections.Outcome;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.endorsements.EndorseDialog;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.NetworkChanged;
import org.mingle.web.shell.Routes;

/**
 * One connection of one's network, opened from its card: the private note, tags, where the follow-up stands, a
 * reminder day and what it led to. Only the owner ever sees these. The domain validates; a refused field shows its
 * message next to it. Removing takes a confirmation; the other person keeps the connection in their own network.
 */
class ConnectionDialog extends Dialog {

    static final String ID = "connection-dialog";

    private final transient ConnectionService connections;
    private final transient EndorsementService endorsements;
    private final transient CurrentUser currentUser;
    private final ZoneId zone;
    private final Runnable onChange;

    private final Paragraph met = new Paragraph();
    private final RouterLink profile = new RouterLink();
    private final Button endorse = new Button();
    private final Span endorsed = new Span();
    private final EndorseDialog endorseDialog;
    private final TextArea note = new TextArea();
    private final TextField tags = new TextField();
    private final Select<FollowUp> followUp = new Select<>();
    private final ReminderPicker remindAt = new ReminderPicker();
    private final Select<Outcome> outcome = new Select<>();
    private final Div formError = new Div();
    private final Button save = new Button();
    private final Button remove = new Button();
    private final FieldErrors fieldErrors = new FieldErrors();

    private final Dialog confirmRemove = new Dialog();
    private final Paragraph confirmText = new Paragraph();
    private final Button confirmRemoveButton = new Button();

    private MyConnection connection;

    ConnectionDialog(ConnectionService connections, EndorsementService endorsements, CurrentUser currentUser,
                     ZoneId zone, Runnable onChange) {
        this.connections = connections;
        this.endorsements = endorsements;
        this.currentUser = currentUser;
        this.zone = zone;
        this.onChange = onChange;
        setId(ID);
        setWidth("36rem");
        setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");

        met.setId("connection-met");
        met.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        profile.setId("connection-profile");
        profile.setText(getTranslation("network.dialog.view-profile"));
        profile.getElement().addEventListener("click", click -> close());
        endorseDialog = new EndorseDialog(endorsements, currentUser);
        endorse.setId("endorse-connection");
        endorse.setText(getTranslation("endorsements.connection.endorse"));
        endorse.addClickListener(click -> endorseDialog.open(connection.id(), connection.other().displayName(),
                connection.other().interests(), () -> showEndorsement(connection)));
        endorsed.setId("connection-endorsed");
        endorsed.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        note.setId("connection-note");
        note.setLabel(getTranslation("network.dialog.note"));
        note.setHelperText(getTranslation("network.dialog.note-help"));
        note.setMinHeight("6rem");
        note.setWidthFull();
        tags.setId("connection-tags");
        tags.setLabel(getTranslation("network.dialog.tags"));
        tags.setHelperText(getTranslation("network.dialog.tags-help"));
        tags.setClearButtonVisible(true);
        followUp.setId("connection-follow-up");
        followUp.setLabel(getTranslation("network.filter.follow-up"));
        followUp.setItems(FollowUp.values());
        followUp.setItemLabelGenerator(ConnectionLabels::followUp);
        remindAt.setId("connection-remind-at");
        remindAt.setLabel(getTranslation("network.dialog.remind-at"));
        remindAt.setHelperText(getTranslation("network.dialog.remind-at-help"));
        remindAt.setClearButtonVisible(true);
        outcome.setId("connection-outcome");
        outcome.setLabel(getTranslation("network.dialog.outcome"));
        outcome.setItems(Outcome.values());
        String nothingYet = getTranslation("network.dialog.nothing-yet");
        outcome.setItemLabelGenerator(value -> value == null ? nothingYet : ConnectionLabels.outcome(value));
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(nothingYet);

        fieldErrors.add("note", note, "The note")
                .add("tags", tags, "")
                .add("followUp", followUp, "Follow-up")
                .add("remindAt", remindAt, "The reminder")
                .add("outcome", outcome, "The outcome");

        var form = new FormLayout();
        form.setId("connection-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        form.add(note, 2);
        form.add(tags, 2);
        form.add(followUp, remindAt, outcome);

        formError.setId("connection-form-error");
        formError.addClassName("notice-error");
        formError.setVisible(false);

        var header = new Div(met, profile, endorse, endorsed);
        header.addClassName("connection-dialog-met");
        add(header, form, formError);

        remove.setId("remove-connection");
        remove.setText(getTranslation("network.dialog.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.getStyle().set("margin-inline-end", "auto");
        remove.addClickListener(click -> {
            confirmText.setText(getTranslation("network.dialog.remove-text", connection.other().displayName()));
            confirmRemove.open();
        });
        var cancel = new Button(getTranslation("network.dialog.cancel"), click -> close());
        cancel.setId("cancel-connection");
        save.setId("save-connection");
        save.setText(getTranslation("network.dialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        getFooter().add(remove, cancel, save);

        buildConfirmRemove();
    }

    void open(MyConnection shown) {
        connection = shown;
        var other = shown.other();
        setHeaderTitle(other.displayName());
        met.setText(getTranslation("network.dialog.met", shown.eventTitle(),
                ConnectionLabels.day(shown.connectedAt(), zone))
                + (other.headline() == null || other.headline().isBlank() ? "" : " · " + other.headline()));
        Routes.aim(profile, Routes.person(other.accountId(), shown.eventId()));
        showEndorsement(shown);
        var notes = shown.notes();
        note.setValue(notes.note() == null ? "" : notes.note());
        tags.setValue(String.join(", ", notes.tags()));
        followUp.setValue(notes.followUp());
        remindAt.clear();
        remindAt.setValue(notes.remindAt());
        outcome.setValue(notes.outcome());
        clearErrors();
        open();
    }

    /** "Endorse" until the owner endorsed the other for this connection's event; then what they endorsed. */
    private void showEndorsement(MyConnection shown) {
        var me = currentUser.require();
        var given = endorsements.between(me, shown.other().accountId()).stream()
                .filter(e -> e.endorser().equals(me) && e.eventId().equals(shown.eventId()))
                .findFirst();
        given.ifPresent(e -> endorsed.setText(getTranslation("endorsements.connection.endorsed",
                shown.other().displayName(), String.join(", ", e.topics()))));
        endorsed.setVisible(given.isPresent());
        endorse.setVisible(given.isEmpty());
        endorse.setAriaLabel(getTranslation("endorsements.connection.endorse-who", shown.other().displayName()));
    }

    MyConnection connection() {
        return connection;
    }

    private void save() {
        clearErrors();
        try {
            var saved = connections.update(currentUser.require(), connection.id(), patch());
            connection = saved;
            close();
            notify(getTranslation("network.dialog.saved", saved.other().displayName()), NotificationVariant.LUMO_SUCCESS);
            changed();
        } catch (InvalidInputException invalid) {
            List<String> unplaced = fieldErrors.show(invalid.errors());
            if (!unplaced.isEmpty()) {
                formError.setText(String.join(" ", unplaced));
                formError.setVisible(true);
            }
        } catch (ConnectionNotFoundException gone) {
            close();
            notify(getTranslation("network.dialog.gone"), NotificationVariant.LUMO_CONTRAST);
            changed();
        } catch (DomainException refused) {
            formError.setText(DomainMessages.of(refused));
            formError.setVisible(true);
        } finally {
            save.setEnabled(true);
        }
    }

    /** Every field as the form holds it: a value sets it, an empty field clears it. */
    private NotesPatch patch() {
        String typedNote = note.getValue();
        List<String> typedTags = Arrays.stream(tags.getValue().split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        Optional<String> reminder = remindAt.badInput().or(() -> Optional.ofNullable(remindAt.getValue())
                .map(LocalDate::toString));
        return new NotesPatch(
                typedNote == null || typedNote.isBlank() ? Optional.empty() : Optional.of(typedNote),
                Optional.of(typedTags),
                Optional.of((followUp.getValue() == null ? FollowUp.NONE : followUp.getValue()).name()),
                reminder,
                Optional.ofNullable(outcome.getValue()).map(Outcome::name));
    }

    private void buildConfirmRemove() {
        confirmRemove.setId("remove-connection-dialog");
        confirmRemove.setHeaderTitle(getTranslation("network.dialog.remove-title"));
        confirmRemove.setWidth("30rem");
        confirmRemove.setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        confirmText.setId("remove-connection-text");
        confirmText.addClassNames(LumoUtility.Margin.NONE);
        confirmRemove.add(confirmText);
        var keep = new Button(getTranslation("network.dialog.keep"), click -> confirmRemove.close());
        keep.setId("keep-connection");
        confirmRemoveButton.setId("confirm-remove-connection");
        confirmRemoveButton.setText(getTranslation("network.dialog.remove"));
        confirmRemoveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirmRemoveButton.setDisableOnClick(true);
        confirmRemoveButton.addClickListener(click -> removeConnection());
        confirmRemove.getFooter().add(keep, confirmRemoveButton);
    }

    private void removeConnection() {
        String name = connection.other().displayName();
        try {
            connections.remove(currentUser.require(), connection.id());
            notify(getTranslation("network.dialog.removed", name), NotificationVariant.LUMO_CONTRAST);
        } catch (ConnectionNotFoundException gone) {
            notify(getTranslation("network.dialog.gone"), NotificationVariant.LUMO_CONTRAST);
        } finally {
            confirmRemoveButton.setEnabled(true);
            confirmRemove.close();
            close();
        }
        changed();
    }

    private void changed() {
        onChange.run();
        NetworkChanged.fire();
    }

    private void clearErrors() {
        fieldErrors.clear();
        formError.setText("");
        formError.setVisible(false);
    }

    private static void notify(String message, NotificationVariant variant) {
        var shown = Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER);
        shown.addThemeVariants(variant);
    }

    /**
     * The reminder day, typed or picked, written as the domain writes days (2026-12-24). Text that is no date is not
     * dropped silently: it goes to the domain as typed, whose message then shows at the field.
     */
    static class ReminderPicker extends DatePicker {

        ReminderPicker() {
            var i18n = new DatePickerI18n();
            i18n.setDateFormat("yyyy-MM-dd");
            i18n.setFirstDayOfWeek(1);
            setI18n(i18n);
            setPlaceholder("yyyy-mm-dd");
        }

        /** What was typed when it is no date; empty when the field holds a date or nothing. */
        Optional<String> badInput() {
            if (getValue() != null || !isInputValuePresent()) {
                return Optional.empty();
            }
            return Optional.of(getElement().getProperty("_inputElementValue", ""));
        }
    }
}
