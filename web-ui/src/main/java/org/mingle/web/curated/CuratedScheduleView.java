package org.mingle.web.curated;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.mingle.domain.curated.CuratedService;
import org.mingle.domain.curated.CuratedSettings;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.events.TeamPages;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * A curated schedule for an event's organizers: how many meetings each attendee should have (a form with the domain's
 * messages next to its fields), Generate, which runs for a few seconds at most, and the draft it made
 * ({@link DraftSection}) with Publish. Only organizers open it; anyone else, and anyone for an unknown id, gets the
 * not-found page, as a draft's dashboard does.
 */
@Prototype
@Route(value = Routes.CURATED_SCHEDULE, layout = MainLayout.class)
public class CuratedScheduleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final CuratedService curated;
    private final CurrentUser currentUser;

    private final RouterLink dashboardLink = new RouterLink();
    private final Div notice = new Div();
    private final Section settings = new Section();
    private final IntegerField minimum = new IntegerField(getTranslation("curated.settings.minimum"));
    private final IntegerField maximum = new IntegerField(getTranslation("curated.settings.maximum"));
    private final Button save = new Button(getTranslation("curated.settings.save"));
    private final FieldErrors fieldErrors = new FieldErrors();
    private final Button generate = new Button(getTranslation("curated.generate"), VaadinIcon.MAGIC.create());
    private final DraftSection draft;

    private Event event;

    CuratedScheduleView(EventService events, CuratedService curated, CurrentUser currentUser) {
        this.events = events;
        this.curated = curated;
        this.currentUser = currentUser;
        setId("curated-page");
        addClassNames("page", "curated-page");
        setPadding(true);

        var heading = new H1(getTranslation("curated.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        dashboardLink.setId("curated-dashboard");
        dashboardLink.addClassName("back-link");
        var intro = new Paragraph(getTranslation("curated.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        notice.setId("curated-notice");
        notice.addClassName("friendly-notice");
        notice.setVisible(false);

        buildSettings();
        generate.setId("curated-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setDisableOnClick(true);
        generate.addClickListener(click -> generate());
        draft = new DraftSection(this::publish);
        add(heading, dashboardLink, intro, notice, settings, generate, draft);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        TeamPages.open(enter, events, currentUser.account(), EventAccess::canManage).ifPresent(opened -> {
            event = opened.event();
            show();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curated.title") + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    private void show() {
        TeamPages.linkToDashboard(dashboardLink, event);
        boolean open = event.status() == EventStatus.PUBLISHED;
        notice.setText(open ? "" : getTranslation("curated.not-open"));
        notice.setVisible(!open);
        generate.setVisible(open);
        CuratedSettings now = curated.settings(currentUser.require(), event.id());
        minimum.setValue(now.minimumMeetings());
        maximum.setValue(now.maximumMeetings());
        showDraft();
    }

    private void showDraft() {
        draft.show(curated.draft(currentUser.require(), event.id()), event.details().timeZone(),
                event.status() == EventStatus.PUBLISHED);
    }

    private void buildSettings() {
        settings.setId("curated-settings");
        var heading = new H2(getTranslation("curated.settings.title"));
        minimum.setId("curated-minimum");
        minimum.setMin(0);
        minimum.setMax(CuratedSettings.MOST);
        minimum.setStepButtonsVisible(true);
        minimum.setHelperText(getTranslation("curated.settings.minimum-hint"));
        maximum.setId("curated-maximum");
        maximum.setMin(1);
        maximum.setMax(CuratedSettings.MOST);
        maximum.setStepButtonsVisible(true);
        fieldErrors.add("minimumMeetings", minimum, getTranslation("curated.settings.minimum"))
                .add("maximumMeetings", maximum, getTranslation("curated.settings.maximum"));
        save.setId("curated-save-settings");
        save.setDisableOnClick(true);
        save.addClickListener(click -> saveSettings());
        var form = new FormLayout(minimum, maximum);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        settings.add(heading, form, save);
    }

    private void saveSettings() {
        try {
            fieldErrors.show(java.util.List.of());
            var saved = curated.updateSettings(currentUser.require(), event.id(), minimum.getValue(),
                    maximum.getValue());
            var done = Notification.show(getTranslation("curated.settings.saved", saved.minimumMeetings(),
                    saved.maximumMeetings()), 4000, Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            fieldErrors.show(invalid.errors());
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            save.setEnabled(true);
        }
    }

    private void generate() {
        try {
            var made = curated.generate(currentUser.require(), event.id());
            var done = Notification.show(getTranslation("curated.generated", made.meetings().size()), 5000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            generate.setEnabled(true);
        }
        showDraft();
    }

    private void publish() {
        try {
            var publication = curated.publish(currentUser.require(), event.id());
            var done = Notification.show(getTranslation("curated.draft.published", publication.booked(),
                    publication.skipped()), 6000, Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        }
        showDraft();
    }
}
