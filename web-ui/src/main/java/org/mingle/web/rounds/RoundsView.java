package org.mingle.web.rounds;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.rounds.OddCount;
import org.mingle.domain.rounds.RoundPlanner;
import org.mingle.domain.rounds.RoundRules;
import org.mingle.domain.rounds.RoundService;
import org.mingle.domain.rounds.RoundsInput;
import org.mingle.domain.rounds.Schedule;
import org.mingle.domain.rounds.ScheduledRound;
import org.mingle.domain.rounds.Table;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.events.TeamPages;
import org.mingle.web.profiles.Faces;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.PickerLanguage;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * Speed networking for an event's team: organizers plan rounds for the people present (a form with the domain's
 * messages next to its fields) and call everyone to their tables round by round ("Announce next round", which the
 * attendees see on their phones), and the whole team sees every round, table by table, with who rests and which
 * rounds were called, ready to print for the room. Anyone off the team, and anyone for an unknown id, gets the not-found page, as on the dashboard.
 */
@Prototype
@Route(value = Routes.ROUNDS, layout = MainLayout.class)
public class RoundsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int DEFAULT_ROUNDS = 5;
    static final int DEFAULT_MINUTES = 8;

    private final EventService events;
    private final RoundService rounds;
    private final CurrentUser currentUser;
    private final ProfilePhotoService photos;
    private final Clock clock;

    private final RouterLink dashboardLink = new RouterLink();

    private final Section form = new Section();
    private final IntegerField roundCount = new IntegerField(getTranslation("rounds.plan.count"));
    private final IntegerField minutesPerRound = new IntegerField(getTranslation("rounds.plan.minutes"));
    private final DateTimePicker startsAt = new DateTimePicker(getTranslation("rounds.plan.starts"));
    private final IntegerField breakMinutes = new IntegerField(getTranslation("rounds.plan.break"));
    private final Checkbox includeConfirmed = new Checkbox(getTranslation("rounds.plan.include-confirmed"));
    private final Checkbox avoidEarlierPairs = new Checkbox(getTranslation("memory.rounds.avoid-earlier-pairs"));
    private final RadioButtonGroup<OddCount> oddCount = new RadioButtonGroup<>(getTranslation("rounds.plan.odd"));
    private final Button generate = new Button(getTranslation("rounds.plan.generate"), VaadinIcon.GROUP.create());
    private final Div formError = new Div();
    private final FieldErrors fieldErrors = new FieldErrors();
    private final Div organizersOnly = new Div();

    private final Button announce = new Button(getTranslation("rounds.plan.announce"), VaadinIcon.MEGAPHONE.create());
    private final Button print = new Button(getTranslation("rounds.plan.print"), VaadinIcon.PRINT.create());
    private final Div schedule = new Div();
    private final Paragraph noRounds = new Paragraph(getTranslation("rounds.plan.empty"));

    private Event event;
    private Optional<EventRole> role = Optional.empty();

    RoundsView(EventService events, RoundService rounds, CurrentUser currentUser, ProfilePhotoService photos,
               Clock clock) {
        this.events = events;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.photos = photos;
        this.clock = clock;
        setId("rounds-page");
        addClassNames("page", "rounds-page");
        setPadding(true);

        var heading = new H1(getTranslation("rounds.plan.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        dashboardLink.setId("rounds-dashboard");
        dashboardLink.addClassNames("back-link", "no-print");

        organizersOnly.setId("rounds-organizers-only");
        organizersOnly.addClassNames("friendly-notice", "no-print");
        organizersOnly.add(new Paragraph(getTranslation("rounds.plan.organizers-only")));

        buildForm();
        add(heading, dashboardLink, organizersOnly, form, scheduleSection());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        TeamPages.open(enter, events, currentUser.account(), TeamPages::onTheTeam).ifPresent(opened -> {
            role = opened.role();
            show(opened.event());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.plan.title") + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    private void show(Event shown) {
        event = shown;
        TeamPages.linkToDashboard(dashboardLink, shown);
        boolean manages = EventAccess.canManage(role);
        form.setVisible(manages);
        announce.setVisible(manages);
        organizersOnly.setVisible(!manages);
        startsAt.setHelperText(getTranslation("rounds.plan.zone", zone().getId()));
        PickerLanguage.apply(getLocale(), startsAt);
        startsAt.setValue(RoundTimes.suggestedFirstRound(clock.instant(), shown.details().startsAt(), zone()));
        if (manages) {
            avoidEarlierPairs.setValue(rounds.avoidsEarlierPairs(currentUser.require(), shown.id()));
        }
        showSchedule(rounds.schedule(currentUser.require(), shown.id()));
    }

    private ZoneId zone() {
        return event.details().timeZone();
    }

    // The form

    private void buildForm() {
        form.setId("rounds-form");
        form.addClassNames("rounds-form", "no-print");

        roundCount.setId("rounds-count");
        roundCount.setMin(1);
        roundCount.setMax(RoundPlanner.MAX_ROUNDS);
        roundCount.setStepButtonsVisible(true);
        roundCount.setValue(DEFAULT_ROUNDS);
        roundCount.setRequiredIndicatorVisible(true);

        minutesPerRound.setId("minutes-per-round");
        minutesPerRound.setMin(RoundRules.MINUTES_MIN);
        minutesPerRound.setMax(RoundRules.MINUTES_MAX);
        minutesPerRound.setStepButtonsVisible(true);
        minutesPerRound.setValue(DEFAULT_MINUTES);
        minutesPerRound.setRequiredIndicatorVisible(true);

        startsAt.setId("rounds-starts-at");
        startsAt.setStep(Duration.ofMinutes(5));
        // No required indicator on a date-time picker: it would mark the picker's group aria-required, which
        // ARIA does not allow on a group (a known Vaadin issue). A missing time is explained next to the field.

        breakMinutes.setId("break-minutes");
        breakMinutes.setMin(0);
        breakMinutes.setMax(RoundRules.BREAK_MAX);
        breakMinutes.setStepButtonsVisible(true);
        breakMinutes.setValue(RoundRules.DEFAULT_BREAK);
        breakMinutes.setHelperText(getTranslation("rounds.plan.break-hint"));

        includeConfirmed.setId("include-confirmed");
        avoidEarlierPairs.setId("avoid-earlier-pairs");
        avoidEarlierPairs.setHelperText(getTranslation("memory.rounds.avoid-earlier-pairs-hint"));

        oddCount.setId("odd-count");
        oddCount.setItems(OddCount.values());
        oddCount.setItemLabelGenerator(odd -> getTranslation(odd == OddCount.TRIO
                ? "rounds.plan.trio" : "rounds.plan.rest"));
        oddCount.setValue(OddCount.TRIO);

        // The domain is the one validator: the fields never mark themselves invalid on their own.
        fieldErrors.add("rounds", roundCount, "Number of rounds")
                .add("minutesPerRound", minutesPerRound, "Minutes per round")
                .add("startsAt", startsAt, "Start")
                .add("breakMinutes", breakMinutes, "Break")
                .add("oddCount", oddCount, "Odd count");

        generate.setId("generate-rounds");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setDisableOnClick(true);
        generate.addClickListener(click -> generate());

        formError.setId("rounds-form-error");
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        var fields = new FormLayout(roundCount, minutesPerRound, startsAt, breakMinutes, oddCount, includeConfirmed,
                avoidEarlierPairs);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        var hint = new Paragraph(getTranslation("rounds.plan.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        form.add(fields, hint, formError, generate);
    }

    private void generate() {
        fieldErrors.clear();
        formError.setVisible(false);
        try {
            var start = startsAt.getValue();
            var input = new RoundsInput(roundCount.getValue(), minutesPerRound.getValue(),
                    start == null ? null : start.atZone(zone()).toInstant(), breakMinutes.getValue(),
                    includeConfirmed.getValue(), oddCount.getValue() == null ? null : oddCount.getValue().name(),
                    avoidEarlierPairs.getValue());
            Schedule planned = rounds.generate(currentUser.require(), event.id(), input);
            showSchedule(planned);
            var done = Notification.show(getTranslation("rounds.plan.planned", planned.rounds().size(),
                    planned.names().size()), 5000, Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            showFormError(String.join(" ", fieldErrors.show(invalid.errors())));
        } catch (DomainException refused) {
            showFormError(DomainMessages.of(refused));
        } finally {
            generate.setEnabled(true);
        }
    }

    private void showFormError(String message) {
        formError.setText(message);
        formError.setVisible(!message.isEmpty());
    }

    // The plan

    private Section scheduleSection() {
        var heading = new H3(getTranslation("rounds.plan.rounds"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        announce.setId("announce-round");
        announce.addClassName("no-print");
        announce.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        announce.setDisableOnClick(true);
        announce.addClickListener(click -> announceNext());
        print.setId("print-rounds");
        print.addClassName("no-print");
        print.addClickListener(click -> UI.getCurrent().getPage().executeJs("window.print()"));
        var buttons = new Div(announce, print);
        buttons.addClassName("registration-actions");
        var header = new Div(heading, buttons);
        header.addClassName("rounds-header");

        schedule.setId("rounds-schedule");
        schedule.addClassName("rounds-schedule");
        noRounds.setId("rounds-empty");
        noRounds.addClassNames(LumoUtility.TextColor.SECONDARY);

        var section = new Section(header, noRounds, schedule);
        section.setId("rounds-plan");
        section.setWidthFull();
        return section;
    }

    private void showSchedule(Schedule plan) {
        schedule.removeAll();
        // One look-up of who shows the organizer a photo, for every table of every round.
        var faces = Faces.of(photos, currentUser.require(), plan.names().keySet());
        for (ScheduledRound scheduled : plan.rounds()) {
            schedule.add(roundSection(scheduled, plan, faces));
        }
        noRounds.setVisible(plan.rounds().isEmpty());
        print.setVisible(!plan.rounds().isEmpty());
        announce.setVisible(EventAccess.canManage(role) && !plan.rounds().isEmpty());
    }

    /** Calls everyone to their tables for the next round; their phones show the call. */
    private void announceNext() {
        try {
            ScheduledRound called = rounds.announceNext(currentUser.require(), event.id());
            var done = Notification.show(getTranslation("rounds.plan.announced-notice", called.number()), 5000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            announce.setEnabled(true);
        }
        showSchedule(rounds.schedule(currentUser.require(), event.id()));
    }

    private Section roundSection(ScheduledRound scheduled, Schedule plan, Faces faces) {
        int n = scheduled.number();
        var heading = new H3(getTranslation("rounds.plan.heading", n,
                RoundTimes.span(scheduled.startsAt(), scheduled.endsAt(), zone())));
        heading.setId("round-" + n + "-heading");
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);

        var tables = new OrderedList();
        tables.setId("round-" + n + "-tables");
        tables.addClassName("round-tables");
        for (Table table : scheduled.round().tables()) {
            var item = new ListItem();
            item.setId("round-" + n + "-table-" + table.number());
            item.addClassName("round-table");
            var number = new Span(getTranslation("rounds.plan.table", table.number()) + " ");
            number.addClassName("round-table-number");
            var names = new Span(names(table.people(), plan));
            names.setId(item.getId().orElseThrow() + "-names");
            item.add(number, faceRow(table.people(), plan, faces), names);
            item.getElement().setAttribute("data-table", Integer.toString(table.number()));
            item.getElement().setAttribute("data-people", ids(table.people()));
            tables.add(item);
        }

        var section = new Section(heading);
        section.setId("round-" + n);
        section.addClassName("round");
        section.getElement().setAttribute("data-round", Integer.toString(n));
        if (scheduled.announcedAt() != null) {
            var called = new Span(getTranslation("rounds.plan.announced",
                    RoundTimes.time(scheduled.announcedAt(), zone())));
            called.setId("round-" + n + "-announced");
            called.getElement().getThemeList().add("badge success");
            called.addClassName("no-print");
            section.add(called);
            section.addClassName("round-announced");
            section.getElement().setAttribute("data-announced", scheduled.announcedAt().toString());
        }
        section.add(tables);
        List<AccountId> resting = scheduled.round().resting();
        if (!resting.isEmpty()) {
            var rest = new Paragraph(getTranslation("rounds.plan.resting", names(resting, plan)));
            rest.setId("round-" + n + "-resting");
            rest.addClassName("round-resting");
            rest.getElement().setAttribute("data-people", ids(resting));
            section.add(rest);
        }
        return section;
    }

    /** The faces of a table, beside the names that already say who sits there, so hidden from screen readers. */
    private Div faceRow(List<AccountId> people, Schedule plan, Faces faces) {
        var row = new Div();
        row.addClassName("round-table-faces");
        row.getElement().setAttribute("aria-hidden", "true");
        String someone = getTranslation("rounds.plan.someone");
        people.forEach(person -> row.add(faces.small(person, plan.names().getOrDefault(person, someone))));
        return row;
    }

    /** "Ana Lima & Ben Okafor", or "Ana Lima, Ben Okafor & Cleo Clarke" at a table of three. */
    static String names(List<AccountId> people, Schedule plan) {
        String someone = UI.getCurrent() == null ? "Someone" : UI.getCurrent().getTranslation("rounds.plan.someone");
        List<String> names = people.stream().map(id -> plan.names().getOrDefault(id, someone)).toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.get(names.size() - 1);
    }

    private static String ids(List<AccountId> people) {
        return people.stream().map(AccountId::toString).collect(Collectors.joining(" "));
    }
}
