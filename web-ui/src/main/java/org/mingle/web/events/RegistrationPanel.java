package org.mingle.web.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.curated.CategoryService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventOrder;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.DomainException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * The attendee's part of the event page: their registration status (with the waitlist position), the category the
 * organizers put them in (decision 54), registering and cancelling (after a confirmation), and the event as a calendar
 * file. What a confirmed attendee does at the event
 * (people to meet, meetings, rounds, codes) sits in the event home's tabs around the page. An anonymous visitor is
 * offered to log in and come back. The domain decides everything; this section only offers what fits the event and the
 * registration.
 */
class RegistrationPanel extends Section {

    static final String ID = "registration";

    private final EventService events;
    private final RegistrationService registrations;
    private final CategoryService categories;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Runnable onChange;

    private final Paragraph status = new Paragraph();
    private final Paragraph note = new Paragraph();
    private final Paragraph category = new Paragraph();
    private final RouterLink showCode = Routes.link(getTranslation("events.registration.show-code"),
            Routes.myRegistrations());
    private final RouterLink myReport = new RouterLink();
    private final Button register = new Button(getTranslation("events.registration.register"));
    private final Button cancel = new Button(getTranslation("events.registration.cancel"));
    private final RouterLink logIn = Routes.link(getTranslation("events.registration.log-in"), Routes.logIn());
    private final Anchor calendar;
    private final Dialog cancelDialog = new Dialog();
    private final Button confirmCancel = new Button(getTranslation("events.registration.cancel"));

    private Event event;

    RegistrationPanel(EventService events, RegistrationService registrations, CategoryService categories,
                      CurrentUser currentUser, Clock clock, Runnable onChange) {
        this.events = events;
        this.registrations = registrations;
        this.categories = categories;
        this.currentUser = currentUser;
        this.clock = clock;
        this.onChange = onChange;
        setId(ID);
        addClassName("registration-panel");

        status.setId("registration-status");
        status.addClassName("registration-status");
        status.getElement().setAttribute("role", "status");
        note.setId("registration-note");
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        category.setId("my-category");
        category.addClassNames(LumoUtility.Margin.NONE);
        showCode.setId("show-checkin-code");
        myReport.setId("my-report-link");
        myReport.addClassName("button-link");
        myReport.setText(getTranslation("events.registration.my-report"));
        myReport.addComponentAsFirst(VaadinIcon.CHART.create());

        register.setId("register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setDisableOnClick(true);
        register.addClickListener(click -> register());

        cancel.setId("cancel-registration");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> cancelDialog.open());

        logIn.setId("login-to-register");
        logIn.addClassName("button-link");

        calendar = new Anchor(calendarHandler(), AttachmentType.DOWNLOAD,
                getTranslation("events.registration.add-to-calendar"));
        calendar.setId("add-to-calendar");
        calendar.addClassName("button-link");
        calendar.addComponentAsFirst(VaadinIcon.CALENDAR.create());

        var actions = new Div(register, logIn, myReport, cancel, calendar);
        actions.addClassName("registration-actions");

        buildCancelDialog();
        add(status, category, note, showCode, actions);
    }

    /** Shows the panel for an event, as the signed-in person (if any) sees it. */
    void show(Event shown, QueryParameters backHere) {
        event = shown;
        logIn.setQueryParameters(backHere);
        var account = currentUser.signedIn();
        Optional<Registration> mine = account.flatMap(me -> registrations.mineAt(me.id(), shown.id()));
        boolean published = shown.status() == EventStatus.PUBLISHED;
        boolean open = published && clock.instant().isBefore(shown.details().effectiveRegistrationClose());

        boolean cancelled = shown.status() == EventStatus.CANCELLED;
        status.setText(mine.filter(r -> !cancelled).map(RegistrationLabels::forRegistrant).orElse(""));
        status.setVisible(!status.getText().isEmpty());
        mine.ifPresentOrElse(r -> status.getElement().setAttribute("data-status", r.status().name()),
                () -> status.getElement().removeAttribute("data-status"));
        var myCategory = mine.filter(r -> !cancelled)
                .flatMap(r -> categories.mine(r.accountId(), shown.id()));
        category.setText(myCategory.map(c -> getTranslation("events.registration.category", c.name())).orElse(""));
        category.setVisible(myCategory.isPresent());
        boolean confirmed = mine.filter(r -> r.status() == RegistrationStatus.CONFIRMED).isPresent();
        // The code is for the door: not once the event is over.
        showCode.setVisible(published && confirmed && !EventOrder.isOver(shown, clock.instant()));
        // Whom they met and what is left to follow up: during the event and after it.
        Routes.aim(myReport, Routes.myReport(shown.id()));
        myReport.setVisible(confirmed && (published || shown.status() == EventStatus.COMPLETED));

        boolean declined = mine.isEmpty() && account.flatMap(me -> registrations.latestAt(me.id(), shown.id()))
                .filter(r -> r.status() == RegistrationStatus.DECLINED).isPresent();
        register.setVisible(account.isPresent() && mine.isEmpty() && open && !declined);
        logIn.setVisible(account.isEmpty() && open);
        cancel.setVisible(mine.isPresent() && published);
        calendar.setVisible(published);

        note.setText(declined ? getTranslation("events.registration.declined") : note(shown, mine, open, account));
        note.setVisible(!note.getText().isEmpty());
        setVisible(status.isVisible() || note.isVisible() || register.isVisible() || logIn.isVisible()
                || calendar.isVisible());
    }

    private String note(Event shown, Optional<Registration> mine, boolean open, Optional<Account> account) {
        if (shown.status() != EventStatus.PUBLISHED) {
            return "";
        }
        if (mine.isEmpty() && !open) {
            return getTranslation("events.registration.closed");
        }
        if (mine.isEmpty() && shown.details().approvalRequired()) {
            return getTranslation("events.registration.approval");
        }
        if (mine.isEmpty() && account.isPresent() && shown.confirmedCount() >= shown.details().capacity()) {
            return getTranslation("events.registration.full");
        }
        return "";
    }

    private void register() {
        try {
            var registration = registrations.register(currentUser.require(), event.id());
            String message = switch (registration.status()) {
                case CONFIRMED -> getTranslation("events.registration.registered");
                case WAITLISTED -> getTranslation("events.registration.waitlisted", registration.waitlistPosition());
                case PENDING_APPROVAL -> getTranslation("events.registration.pending");
                default -> RegistrationLabels.forRegistrant(registration) + ".";
            };
            Notices.show(message, registration.status() == RegistrationStatus.CONFIRMED
                    ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            register.setEnabled(true);
            onChange.run();
        }
    }

    private void cancelRegistration() {
        try {
            registrations.cancel(currentUser.require(), event.id());
            cancelDialog.close();
            Notices.show(getTranslation("events.registration.cancelled"), NotificationVariant.LUMO_CONTRAST);
        } catch (DomainException refused) {
            cancelDialog.close();
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            confirmCancel.setEnabled(true);
            onChange.run();
        }
    }

    private void buildCancelDialog() {
        cancelDialog.setId("cancel-registration-dialog");
        cancelDialog.setHeaderTitle(getTranslation("events.registration.cancel-title"));
        cancelDialog.setWidth("32rem");
        cancelDialog.setMaxWidth("calc(100vw - 2 * var(--lumo-space-m))");
        var text = new Paragraph(getTranslation("events.registration.cancel-text"));
        text.addClassNames(LumoUtility.Margin.NONE);
        cancelDialog.add(text);

        var keep = new Button(getTranslation("events.registration.keep"), click -> cancelDialog.close());
        keep.setId("keep-registration");
        confirmCancel.setId("confirm-cancel-registration");
        confirmCancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirmCancel.setDisableOnClick(true);
        confirmCancel.addClickListener(click -> cancelRegistration());
        cancelDialog.getFooter().add(keep, confirmCancel);
    }

    /** The event as an iCalendar file, made when the browser downloads it, for whoever is signed in then. */
    private DownloadHandler calendarHandler() {
        return (DownloadEvent download) -> {
            EventId id = event.id();
            var viewer = currentUser.signedIn(download.getSession()).map(Account::id);
            byte[] body;
            try {
                body = events.calendar(viewer, id).getBytes(StandardCharsets.UTF_8);
            } catch (DomainException refused) {
                download.getResponse().setStatus(404);
                return;
            }
            download.setFileName(fileName(event.title()));
            download.setContentType("text/calendar; charset=utf-8");
            download.setContentLength(body.length);
            try (var out = download.getOutputStream()) {
                out.write(body);
            }
        };
    }

    /** A file name from the title, in plain letters and digits: "Climate tech mixer" is climate-tech-mixer.ics. */
    static String fileName(String title) {
        return FileNames.of(title, ".ics");
    }
}
