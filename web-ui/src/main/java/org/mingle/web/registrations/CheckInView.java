package org.mingle.web.registrations;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.live.LiveSignal;
import org.mingle.domain.live.LiveUpdates;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.registration.CheckInCodeNotFoundException;
import org.mingle.domain.registration.CheckInResult;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationFilter;
import org.mingle.domain.registration.RegistrationNotConfirmedException;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.events.RegistrationLabels;
import org.mingle.web.events.TeamPages;
import org.mingle.web.profiles.Faces;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.LiveRefresh;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The door: organizers and check-in staff check attendees in by their code, typed or scanned (a USB scanner types
 * like a keyboard and ends with Enter, so Enter submits and the field keeps the focus for the next scan), or by
 * searching for a name. A banner says what happened, and the count of checked-in attendees follows every check-in
 * and, through Push, every check-in at other doors. Anyone not on the event's team gets the not-found page.
 */
@Prototype
@Route(value = Routes.CHECK_IN, layout = MainLayout.class)
public class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int SEARCH_RESULTS = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final EventService events;
    private final RegistrationService registrations;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;

    private final RouterLink title = new RouterLink();
    private final RouterLink back = new RouterLink();
    private final Span count = new Span();
    private final TextField code = new TextField("Check-in code");
    private final Button submit = new Button("Check in");
    private final Div face = new Div();
    private final Div result = new Div();
    private final TextField search = new TextField("Find by name");
    private final Div results = new Div();
    private final Paragraph noResults = new Paragraph("Nobody registered matches.");

    private final LiveRefresh otherDoors;
    private Event event;

    CheckInView(EventService events, RegistrationService registrations, ProfilePhotoService photos,
                CurrentUser currentUser, LiveUpdates live) {
        this.events = events;
        this.registrations = registrations;
        this.photos = photos;
        this.currentUser = currentUser;
        this.otherDoors = new LiveRefresh(live, this::showCount);
        setId("check-in-page");
        addClassNames("page", "check-in");
        setPadding(true);

        title.setId("check-in-event");
        var heading = new H1(title);
        heading.addClassNames(LumoUtility.Margin.NONE, "dashboard-title");
        back.setId("back-to-dashboard");
        back.setText("Back to the dashboard");
        back.addClassNames(LumoUtility.FontSize.SMALL);

        count.setId("checkin-count");
        count.addClassName("checkin-count");
        count.getElement().setAttribute("aria-live", "polite");

        code.setId("checkin-code");
        code.setAutofocus(true);
        code.setClearButtonVisible(true);
        code.setAutocomplete(Autocomplete.OFF);
        code.setAutocapitalize(Autocapitalize.NONE);
        code.getElement().setAttribute("autocorrect", "off");
        code.getElement().setAttribute("spellcheck", "false");
        code.setHelperText("Type or scan the code, then press Enter.");
        code.addClassName("checkin-code");

        submit.setId("checkin-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> checkInByCode());
        submit.addClickShortcut(Key.ENTER).listenOn(code);

        var byCode = new Div(code, submit);
        byCode.addClassName("checkin-form");

        // The person's face beside the outcome, where they show it to the event's team: the door sees who it is.
        face.setId("checkin-face");
        face.addClassName("checkin-face");
        result.setId("checkin-result");
        result.addClassName("checkin-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "assertive");
        result.setVisible(false);

        search.setId("checkin-search");
        search.setPlaceholder("Name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> showSearchResults());
        search.addClassName("checkin-search");

        results.setId("checkin-search-results");
        results.addClassName("checkin-results");
        noResults.setId("checkin-no-results");
        noResults.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        noResults.setVisible(false);

        add(heading, back, count, byCode, face, result, search, results, noResults);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        TeamPages.open(enter, events, currentUser.account(), TeamPages::onTheTeam).ifPresent(opened -> {
            var shown = opened.event();
            event = shown;
            title.setText(shown.title());
            Routes.aim(title, Routes.event(shown.id()));
            Routes.aim(back, Routes.eventDashboard(shown.id()));
            showCount();
            // The same view may open another event's door: follow that one from now on.
            getUI().ifPresent(ui -> otherDoors.follow(ui, LiveSignal.attendance(shown.id())));
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (event != null) {
            otherDoors.follow(attach.getUI(), LiveSignal.attendance(event.id()));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        otherDoors.stop();
    }

    @Override
    public String getPageTitle() {
        return (event == null ? "Check-in" : event.title() + " · Check-in") + " · Mingle";
    }

    private void checkInByCode() {
        String typed = code.getValue() == null ? "" : code.getValue().strip();
        code.clear();
        code.focus();
        if (typed.isEmpty()) {
            return;
        }
        checkIn(typed);
    }

    /** Checks in the registration with this code and says how it went. */
    private void checkIn(String checkInCode) {
        try {
            CheckInResult done = registrations.checkIn(currentUser.require(), event.id(), checkInCode);
            String name = done.registration().displayName();
            showFace(done.registration());
            if (done.alreadyCheckedIn()) {
                showResult("Already checked in: " + name + since(done), "warning");
            } else {
                showResult("Checked in: " + name, "success");
            }
        } catch (CheckInCodeNotFoundException unknown) {
            face.removeAll();
            showResult("Unknown code", "error");
        } catch (RegistrationNotConfirmedException notConfirmed) {
            var registration = notConfirmed.registration();
            showFace(registration);
            showResult("Not confirmed (" + RegistrationNotConfirmedException.label(registration.status()) + "): "
                    + registration.displayName(), "not-confirmed");
        } catch (DomainException refused) {
            face.removeAll();
            showResult(refused.getMessage(), "error");
        }
        showCount();
        if (!search.isEmpty()) {
            showSearchResults();
        }
    }

    private String since(CheckInResult done) {
        var at = done.registration().checkedInAt();
        return at == null ? "" : " (at " + TIME.format(at.atZone(event.details().timeZone())) + ")";
    }

    private void showResult(String text, String kind) {
        result.setText(text);
        result.getElement().setAttribute("data-result", kind);
        result.setClassName("checkin-result");
        result.addClassName("checkin-result-" + kind);
        result.setVisible(true);
    }

    private void showFace(Registration registration) {
        face.removeAll();
        face.add(Faces.of(photos, currentUser.require(), List.of(registration.accountId()))
                .large(registration.accountId(), registration.displayName()));
    }

    private void showCount() {
        var counts = registrations.counts(currentUser.require(), event.id());
        count.setText(counts.checkedIn() + " / " + counts.confirmed() + " checked in");
    }

    private void showSearchResults() {
        results.removeAll();
        String text = search.getValue() == null ? "" : search.getValue().strip();
        if (text.isEmpty()) {
            noResults.setVisible(false);
            return;
        }
        var found = registrations.list(currentUser.require(), event.id(), new RegistrationFilter(null, text),
                new PageRequest(0, SEARCH_RESULTS)).items();
        var faces = Faces.of(photos, currentUser.require(), found.stream().map(Registration::accountId).toList());
        found.forEach(registration -> results.add(row(registration, faces)));
        noResults.setVisible(found.isEmpty());
    }

    private Div row(Registration registration, Faces faces) {
        var name = new Span(registration.displayName());
        name.addClassName("checkin-result-name");
        var email = new Span(registration.email() == null ? "" : registration.email());
        email.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var who = new Div(name, email);
        who.addClassName("team-member-who");

        var row = new Div(faces.small(registration.accountId(), registration.displayName()), who,
                RegistrationLabels.badge(registration));
        row.setId("checkin-row-" + registration.id());
        row.addClassName("team-member");
        if (registration.status() == RegistrationStatus.CONFIRMED && registration.checkedInAt() == null) {
            var button = new Button("Check in", click -> checkIn(registration.checkInCode()));
            button.setId("checkin-" + registration.id());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            button.setAriaLabel("Check in " + registration.displayName());
            row.add(button);
        }
        return row;
    }
}
