package org.mingle.web.events;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.mingle.domain.events.EventId;
import org.mingle.domain.notifications.OrganizerMessages;
import org.mingle.domain.registration.BulkOutcome;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationId;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.notifications.SelectionMessageDialog;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.UiErrorHandler;

/**
 * What an organizer does with the registrations picked in the grid: approve or decline those waiting for approval
 * (each button says how many of the selection it applies to; declining asks first) and message them all. Shown while
 * something is picked.
 */
class BulkActionsBar extends Div {

    private final RegistrationService registrations;
    private final CurrentUser currentUser;
    private final Supplier<EventId> event;
    private final Runnable afterAction;

    private final Span summary = new Span();
    private final Button approve = new Button();
    private final Button decline = new Button();
    private final Button message = new Button();
    private final Button clear = new Button();
    private final Dialog declineDialog = new Dialog();
    private final Paragraph declineText = new Paragraph();
    private final SelectionMessageDialog messageDialog;

    private List<Registration> selected = List.of();

    /**
     * @param event       the event shown
     * @param afterAction after an approval, a decline, a message or clearing: the selection emptied and the
     *                    dashboard as things stand now
     */
    BulkActionsBar(RegistrationService registrations, OrganizerMessages messages, CurrentUser currentUser,
                   Supplier<EventId> event, Runnable afterAction) {
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.event = event;
        this.afterAction = afterAction;
        this.messageDialog = new SelectionMessageDialog(messages, currentUser, afterAction);
        setId("bulk-actions");
        addClassName("bulk-actions");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("events.bulk.region"));
        clear.setText(getTranslation("events.bulk.clear"));

        summary.setId("bulk-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        summary.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        approve.setId("bulk-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setDisableOnClick(true);
        approve.addClickListener(click -> approve());
        decline.setId("bulk-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.addClickListener(click -> declineDialog.open());
        message.setId("bulk-message");
        message.addClickListener(click -> messageDialog.open(event.get(), ids(selected)));
        clear.setId("bulk-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> afterAction.run());
        var buttons = new Div(approve, decline, message, clear);
        buttons.addClassName("bulk-buttons");
        add(summary, buttons);
        buildDeclineDialog();
        show(List.of());
    }

    /** The bar for the registrations picked now; hidden when none are. */
    void show(Collection<Registration> picked) {
        selected = List.copyOf(picked);
        setVisible(!selected.isEmpty());
        int pending = pending().size();
        boolean withinBound = selected.size() <= RegistrationService.BULK_MAX;
        String chosen = pending == selected.size() ? getTranslation("events.bulk.selected", selected.size())
                : getTranslation("events.bulk.selected-pending", selected.size(), pending);
        summary.setText(withinBound ? chosen
                : getTranslation("events.bulk.too-many", chosen, RegistrationService.BULK_MAX));
        approve.setText(getTranslation("events.bulk.approve", pending));
        approve.setAriaLabel(getTranslation("events.bulk.approve-label", pending));
        approve.setEnabled(pending > 0 && withinBound);
        decline.setText(getTranslation("events.bulk.decline", pending));
        decline.setAriaLabel(getTranslation("events.bulk.decline-label", pending));
        decline.setEnabled(pending > 0 && withinBound);
        message.setText(getTranslation("events.bulk.message", selected.size()));
        message.setAriaLabel(getTranslation("events.bulk.message-label", selected.size()));
        message.setEnabled(withinBound);
    }

    private List<Registration> pending() {
        return selected.stream().filter(r -> r.status() == RegistrationStatus.PENDING_APPROVAL).toList();
    }

    private void approve() {
        try {
            var outcome = registrations.approveAll(currentUser.require(), event.get(), ids(pending()));
            Notices.show(approvalReport(outcome), outcome.stillPending().isEmpty() && outcome.skipped() == 0
                    ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            approve.setEnabled(true);
        }
        afterAction.run();
    }

    private void decline() {
        try {
            var outcome = registrations.declineAll(currentUser.require(), event.get(), ids(pending()));
            Notices.show(getTranslation("events.bulk.declined", outcome.done().size()) + skipped(outcome),
                    NotificationVariant.LUMO_CONTRAST);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        }
        afterAction.run();
    }

    /** "Approved 3; 2 stay pending: the event is full." */
    static String approvalReport(BulkOutcome outcome) {
        int left = outcome.stillPending().size();
        String approved = left == 0 ? translate("events.bulk.approved", outcome.done().size())
                : translate(left == 1 ? "events.bulk.approved-some-pending.one"
                        : "events.bulk.approved-some-pending.other",
                        outcome.done().size(), left);
        return approved + skipped(outcome);
    }

    private static String skipped(BulkOutcome outcome) {
        int skipped = outcome.skipped();
        return skipped == 0 ? "" : " " + translate(skipped == 1 ? "events.bulk.skipped.one"
                : "events.bulk.skipped.other", skipped);
    }

    private void buildDeclineDialog() {
        declineDialog.setId("bulk-decline-dialog");
        declineDialog.setHeaderTitle(getTranslation("events.bulk.decline-title"));
        declineDialog.setWidth("32rem");
        declineDialog.setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        declineDialog.add(declineText);
        declineDialog.addOpenedChangeListener(opened -> declineText.setText(getTranslation(
                "events.bulk.decline-text", pending().size())));
        var keep = new Button(getTranslation("events.bulk.keep"), click -> declineDialog.close());
        keep.setId("bulk-decline-keep");
        var confirm = new Button(getTranslation("events.bulk.decline-confirm"), click -> {
            declineDialog.close();
            decline();
        });
        confirm.setId("bulk-decline-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        declineDialog.getFooter().add(keep, confirm);
    }

    private static List<RegistrationId> ids(List<Registration> chosen) {
        return chosen.stream().map(Registration::id).toList();
    }
}
