package org.mingle.web.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.registration.RegistrationFilter;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationsCsv;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * The dashboard's actions on the event: the pages its team works on (check-in, the agenda, attendee categories,
 * speed networking, one-to-one meetings, the report), the registrations as CSV, and for organizers edit, publish, complete and cancel
 * (after a confirmation). Each shows only when the event's status and the viewer's role allow it.
 */
class EventActions extends Div {

    private final EventService events;
    private final RegistrationService registrations;
    private final CurrentUser currentUser;
    private final Runnable onChange;

    private final Button edit = new Button(VaadinIcon.EDIT.create());
    private final Button publish = new Button();
    private final Button complete = new Button();
    private final Button cancelEvent = new Button();
    private final RouterLink checkIn = new RouterLink();
    private final RouterLink rounds = new RouterLink();
    private final RouterLink agenda = new RouterLink();
    private final RouterLink categories = new RouterLink();
    private final RouterLink meetings = new RouterLink();
    private final RouterLink curated = new RouterLink();
    private final RouterLink report = new RouterLink();
    private final RouterLink webhooks = new RouterLink();
    private final Anchor exportCsv = new Anchor(csvHandler(), AttachmentType.DOWNLOAD, "");
    private final Div ending = new Div();

    private final EditEventDialog editDialog;
    private final Dialog cancelDialog = new Dialog();
    private final Button confirmCancel = new Button();

    private Event event;

    /** @param onChange after a step changed the event: the dashboard as things stand now */
    EventActions(EventService events, RegistrationService registrations, CurrentUser currentUser, Runnable onChange) {
        this.events = events;
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.onChange = onChange;
        editDialog = new EditEventDialog(events, currentUser, onChange);

        edit.setText(getTranslation("events.actions.edit"));
        publish.setText(getTranslation("events.actions.publish"));
        complete.setText(getTranslation("events.actions.complete"));
        cancelEvent.setText(getTranslation("events.actions.cancel"));
        confirmCancel.setText(getTranslation("events.actions.cancel"));
        exportCsv.setText(getTranslation("events.actions.export-csv"));
        edit.setId("edit-event");
        edit.addClickListener(click -> editDialog.open(event));

        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setDisableOnClick(true);
        publish.addClickListener(click -> act(publish, () -> events.publish(currentUser.require(), event.id()),
                getTranslation("events.actions.published")));

        complete.setId("complete-event");
        complete.setDisableOnClick(true);
        complete.addClickListener(click -> act(complete, () -> events.complete(currentUser.require(), event.id()),
                getTranslation("events.actions.completed")));

        cancelEvent.setId("cancel-event");
        cancelEvent.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelEvent.addClickListener(click -> cancelDialog.open());

        pageLink(checkIn, "check-in", getTranslation("events.actions.check-in"), VaadinIcon.CHECK_SQUARE_O);
        pageLink(rounds, "open-rounds", getTranslation("events.actions.rounds"), VaadinIcon.TIMER);
        pageLink(agenda, "open-agenda", getTranslation("events.actions.agenda"), VaadinIcon.LIST_OL);
        pageLink(categories, "open-categories", getTranslation("events.actions.categories"), VaadinIcon.TAGS);
        pageLink(meetings, "open-meetings", getTranslation("events.actions.meetings"), VaadinIcon.HANDSHAKE);
        pageLink(curated, "open-curated", getTranslation("events.actions.curated"), VaadinIcon.MAGIC);
        pageLink(report, "open-report", getTranslation("events.actions.report"), VaadinIcon.CHART);
        pageLink(webhooks, "open-webhooks", getTranslation("events.actions.webhooks"), VaadinIcon.CONNECT);

        exportCsv.setId("export-csv");
        exportCsv.addClassName("button-link");
        exportCsv.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());

        add(checkIn, agenda, categories, rounds, meetings, curated, report, webhooks, exportCsv, edit, publish);
        setId("event-actions");
        addClassName("registration-actions");
        // Steps that end the event stand apart from the everyday ones, where nobody reaches them by habit.
        var endingHeading = new H3(getTranslation("events.actions.ending"));
        endingHeading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        var endingButtons = new Div(complete, cancelEvent);
        endingButtons.addClassName("registration-actions");
        ending.add(endingHeading, endingButtons);
        ending.setId("event-ending-actions");
        ending.addClassName("ending-actions");
        buildCancelDialog();
    }

    /** Points the links at the event's pages and offers what its status and the viewer's role allow. */
    void show(Event shown, Optional<EventRole> role) {
        event = shown;
        Routes.aim(checkIn, Routes.checkIn(shown.id()));
        Routes.aim(rounds, Routes.rounds(shown.id()));
        Routes.aim(agenda, Routes.agenda(shown.id()));
        Routes.aim(categories, Routes.categories(shown.id()));
        Routes.aim(meetings, Routes.meetingSchedule(shown.id()));
        Routes.aim(curated, Routes.curatedSchedule(shown.id()));
        Routes.aim(report, Routes.eventReport(shown.id()));
        Routes.aim(webhooks, Routes.webhooks(shown.id()));

        boolean manages = EventAccess.canManage(role);
        edit.setVisible(manages && shown.status() != EventStatus.CANCELLED && shown.status() != EventStatus.COMPLETED);
        publish.setVisible(manages && shown.status() == EventStatus.DRAFT);
        complete.setVisible(manages && shown.status() == EventStatus.PUBLISHED);
        cancelEvent.setVisible(manages && (shown.status() == EventStatus.DRAFT
                || shown.status() == EventStatus.PUBLISHED));
        ending.setVisible(complete.isVisible() || cancelEvent.isVisible());
        checkIn.setVisible(shown.status() == EventStatus.PUBLISHED);
        // The agenda can be drawn up from the first draft on, and corrected until the event is over.
        agenda.setVisible(manages && shown.status() != EventStatus.CANCELLED);
        // Who may meet whom is set before people arrive, and may change while the event runs.
        categories.setVisible(manages && shown.status() != EventStatus.CANCELLED
                && shown.status() != EventStatus.COMPLETED);
        rounds.setVisible(shown.status() == EventStatus.PUBLISHED || shown.status() == EventStatus.COMPLETED);
        // Sessions and tables can be set out before publishing, so that matches get a time from the start.
        meetings.setVisible(shown.status() != EventStatus.CANCELLED);
        // A curated schedule is generated from the confirmed attendees' marks, so once the event is published.
        curated.setVisible(manages && (shown.status() == EventStatus.PUBLISHED
                || shown.status() == EventStatus.COMPLETED));
        // What the event achieved: for organizers, from publishing on (the figures so far, then the final ones).
        report.setVisible(manages && (shown.status() == EventStatus.PUBLISHED
                || shown.status() == EventStatus.COMPLETED));
        // Integrations: for organizers, as long as the event can still change.
        webhooks.setVisible(manages && shown.status() != EventStatus.CANCELLED);
    }

    /** Completing and cancelling, for the foot of the page. */
    Div ending() {
        return ending;
    }

    private static void pageLink(RouterLink link, String id, String text, VaadinIcon icon) {
        link.setId(id);
        link.setText(text);
        link.addClassName("button-link");
        link.addComponentAsFirst(icon.create());
    }

    /** The registrations as CSV, computed when the browser downloads it, for whoever is signed in then. */
    private DownloadHandler csvHandler() {
        return (DownloadEvent download) -> {
            var account = currentUser.signedIn(download.getSession());
            if (account.isEmpty() || event == null) {
                download.getResponse().setStatus(403);
                return;
            }
            var shown = event;
            download.setFileName(FileNames.of(shown.title(), "-registrations.csv"));
            download.setContentType("text/csv; charset=utf-8");
            try (var out = new OutputStreamWriter(download.getOutputStream(), StandardCharsets.UTF_8)) {
                RegistrationsCsv.write(out, row -> registrations.forEach(account.get().id(), shown.id(),
                        RegistrationFilter.all(), row), shown.details().timeZone());
            }
        };
    }

    /** A lifecycle step: shows the event as the step left it, or the refusal. */
    private void act(Button button, Supplier<Event> step, String done) {
        try {
            step.get();
            Notices.show(done, NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            button.setEnabled(true);
        }
        onChange.run();
    }

    private void buildCancelDialog() {
        cancelDialog.setId("cancel-event-dialog");
        cancelDialog.setHeaderTitle(getTranslation("events.actions.cancel-title"));
        cancelDialog.setWidth("32rem");
        cancelDialog.setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        var text = new Paragraph(getTranslation("events.actions.cancel-text"));
        text.addClassNames(LumoUtility.Margin.NONE);
        cancelDialog.add(text);

        var keep = new Button(getTranslation("events.actions.keep"), click -> cancelDialog.close());
        keep.setId("keep-event");
        confirmCancel.setId("confirm-cancel-event");
        confirmCancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirmCancel.setDisableOnClick(true);
        confirmCancel.addClickListener(click -> {
            cancelDialog.close();
            act(confirmCancel, () -> events.cancel(currentUser.require(), event.id()),
                    getTranslation("events.actions.cancelled"));
        });
        cancelDialog.getFooter().add(keep, confirmCancel);
    }
}
