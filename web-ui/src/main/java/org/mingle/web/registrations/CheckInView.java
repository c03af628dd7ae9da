package org.mingle.web.registrations;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
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
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.web.events.TeamPages;
import org.mingle.web.profiles.Faces;
import org.mingle.web.scanning.QrScanner;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.LiveRefresh;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The door: organizers and check-in staff check attendees in by their code, read by the phone's camera (door mode:
 * the camera keeps reading, one code after another), typed, or scanned with a USB scanner (it types like a keyboard
 * and ends with Enter, so Enter submits and the field keeps the focus for the next scan), or by searching for a
 * name. A big coloured panel with the person's face says what happened, a short tone says it too, and the count of
 * checked-in attendees follows every check-in and, through Push, every check-in at other doors. Anyone not on the
 * event's team gets the not-found page.
 */
@Prototype
@Route(value = Routes.CHECK_IN, layout = MainLayout.class)
public class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int SEARCH_RESULTS = 20;
    
    private final EventService events;
    private final RegistrationService registrations;
    private final ProfilePhotoService photos;
    private final CurrentUser currentUser;

    private final RouterLink title = new RouterLink();
    private final RouterLink back = new RouterLink();
    private final Span count = new Span();
    private final QrScanner camera = new QrScanner("door-scanner", getTranslation("registrations.door.scan"));
    private final TextField code = new TextField(getTranslation("registrations.code.label"));
    private final Button submit = new Button(getTranslation("registrations.door.check-in"));
    private final CheckInPanel panel = new CheckInPanel();
    private final CheckInSearch search;

    private final LiveRefresh otherDoors;
    private Event event;

    CheckInView(EventService events, RegistrationService registrations, ProfilePhotoService photos,
                CurrentUser currentUser, LiveUpdates live) {
        this.events = events;
        this.registrations = registrations;
        this.photos = photos;
        this.currentUser = currentUser;
        this.otherDoors = new LiveRefresh(live, this::showCount);
        this.search = new CheckInSearch(this::find, this::facesOf, this::checkIn);
        setId("check-in-page");
        addClassNames("page", "check-in");
        setPadding(true);

        title.setId("check-in-event");
        var heading = new H1(title);
        heading.addClassNames(LumoUtility.Margin.NONE, "dashboard-title");
        back.setId("back-to-dashboard");
        back.setText(getTranslation("registrations.door.back"));
        back.addClassNames(LumoUtility.FontSize.SMALL);

        count.setId("checkin-count");
        count.addClassName("checkin-count");
        count.getElement().setAttribute("aria-live", "polite");

        // Each code the camera reads is checked in at once; the scanner ignores a code still in view.
        camera.addClassName("door-scanner");
        camera.addScanListener(this::checkIn);

        code.setId("checkin-code");
        code.setAutofocus(true);
        code.setClearButtonVisible(true);
        code.setAutocomplete(Autocomplete.OFF);
        code.setAutocapitalize(Autocapitalize.NONE);
        code.getElement().setAttribute("autocorrect", "off");
        code.getElement().setAttribute("spellcheck", "false");
        code.setHelperText(getTranslation("registrations.door.code-help"));
        code.addClassName("checkin-code");

        submit.setId("checkin-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> checkInByCode());
        submit.addClickShortcut(Key.ENTER).listenOn(code);

        var byCode = new Div(code, submit);
        byCode.addClassName("checkin-form");

        // The answer above the camera's picture, so on a phone both stay in sight while codes come one after another.
        add(heading, back, count, panel, camera, byCode, search);
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
        return event == null ? getTranslation("registrations.door.title")
                : getTranslation("registrations.door.title-of", event.title());
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

    /** Checks in the registration with this code and says how it went, on the panel and with a tone. */
    private void checkIn(String checkInCode) {
        camera.beep(answer(checkInCode));
        showCount();
        if (search.isSearching()) {
            search.refresh();
        }
    }

    private QrScanner.Tone answer(String checkInCode) {
        try {
            CheckInResult done = registrations.checkIn(currentUser.require(), event.id(), checkInCode);
            var registration = done.registration();
            return done.alreadyCheckedIn()
                    ? panel.alreadyCheckedIn(registration.displayName(), since(done), face(registration))
                    : panel.checkedIn(registration.displayName(), face(registration));
        } catch (CheckInCodeNotFoundException unknown) {
            return panel.unknown(checkInCode);
        } catch (RegistrationNotConfirmedException notConfirmed) {
            var registration = notConfirmed.registration();
            return panel.notConfirmed(registration.displayName(), registration.status(), face(registration));
        } catch (DomainException refused) {
            return panel.refused(DomainMessages.of(refused));
        }
    }

    private String since(CheckInResult done) {
        var at = done.registration().checkedInAt();
        return at == null ? null : Formats.time().format(at.atZone(event.details().timeZone()));
    }

    /** The person's face, where they show their code to the event's team: the door sees who it is. */
    private Component face(Registration registration) {
        return facesOf(List.of(registration)).large(registration.accountId(), registration.displayName());
    }

    private Faces facesOf(List<Registration> shown) {
        return Faces.of(photos, currentUser.require(), shown.stream().map(Registration::accountId).toList());
    }

    private List<Registration> find(String text) {
        return registrations.list(currentUser.require(), event.id(), new RegistrationFilter(null, text),
                new PageRequest(0, SEARCH_RESULTS)).items();
    }

    private void showCount() {
        var counts = registrations.counts(currentUser.require(), event.id());
        count.setText(getTranslation("registrations.door.count", counts.checkedIn(), counts.confirmed()));
    }
}
