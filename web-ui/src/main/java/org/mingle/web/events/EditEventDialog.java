package org.mingle.web.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.mingle.domain.events.CapacityBelowConfirmedException;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;

/**
 * Editing an event from its dashboard: the event form filled with the event, saved as a patch; the domain's messages
 * show next to their fields, and the dialog stays open until the changes are saved or dropped.
 */
class EditEventDialog extends Dialog {

    private final EventService events;
    private final CurrentUser currentUser;
    private final Runnable onSaved;

    private final EventForm form = new EventForm();
    private final Button save = new Button();

    private Event event;

    /** @param onSaved after the changes are saved: the dashboard as things stand now */
    EditEventDialog(EventService events, CurrentUser currentUser, Runnable onSaved) {
        this.events = events;
        this.currentUser = currentUser;
        this.onSaved = onSaved;
        setId("edit-event-dialog");
        setHeaderTitle(getTranslation("events.edit.title"));
        save.setText(getTranslation("events.edit.save"));
        setWidth("56rem");
        setMaxWidth("100vw");
        form.setWidthFull();
        add(form);

        var close = new Button(getTranslation("events.edit.cancel"), click -> close());
        close.setId("cancel-edit");
        save.setId("save-event");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        getFooter().add(close, save);
    }

    void open(Event shown) {
        event = shown;
        form.fill(shown);
        open();
    }

    private void save() {
        try {
            form.clearErrors();
            var missing = form.missingRequired();
            if (!missing.isEmpty()) {
                form.showErrors(missing);
                return;
            }
            var patch = form.patch(event);
            events.update(currentUser.require(), event.id(), patch);
            close();
            Notices.show(getTranslation("events.edit.saved"), NotificationVariant.LUMO_SUCCESS);
            onSaved.run();
        } catch (InvalidInputException invalid) {
            form.showErrors(invalid.errors());
        } catch (CapacityBelowConfirmedException tooSmall) {
            form.showAt("capacity", tooSmall.getMessage());
        } catch (ConflictException conflict) {
            form.showFormError(DomainMessages.of(conflict));
        } catch (DomainException refused) {
            form.showFormError(DomainMessages.of(refused));
        } finally {
            save.setEnabled(true);
        }
    }
}
