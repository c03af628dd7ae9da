package org.mingle.web.series;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.UUID;
import org.mingle.domain.events.Event;
import org.mingle.domain.series.SeriesNotFoundException;
import org.mingle.domain.series.SeriesPlan;
import org.mingle.domain.series.SeriesService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.domain.shared.SeriesId;
import org.mingle.web.events.EventLabels;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.Formats;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * A series for its group's owners and organizers: how it repeats, each of its events as it is now (each opens its own
 * page, where it is edited or cancelled alone), and "Add more dates", which continues the rule after the last date.
 */
@Prototype
@Route(value = Routes.SERIES, layout = MainLayout.class)
public class SeriesPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SeriesService series;
    private final CurrentUser currentUser;

    private final H1 heading = new H1();
    private final Paragraph summary = new Paragraph();
    private final UnorderedList events = new UnorderedList();
    private final IntegerField more = new IntegerField();
    private final Button add = new Button();
    private final FieldErrors fieldErrors = new FieldErrors();
    private SeriesId id;
    private String title = "";

    SeriesPageView(SeriesService series, CurrentUser currentUser) {
        this.series = series;
        this.currentUser = currentUser;
        setId("series-page");
        addClassName("page");
        setPadding(true);

        heading.setId("series-heading");
        heading.addClassNames(LumoUtility.Margin.NONE);
        summary.setId("series-summary");
        summary.addClassNames(LumoUtility.TextColor.SECONDARY);
        events.setId("series-events");

        more.setId("series-more-count");
        more.setLabel(getTranslation("series.page.more-count"));
        more.setValue(4);
        more.setMin(1);
        more.setMax(SeriesPlan.MAX_AT_ONCE);
        more.setStepButtonsVisible(true);
        more.setHelperText(getTranslation("series.form.count.helper", SeriesPlan.MAX_AT_ONCE));
        fieldErrors.add("count", more, "Number of dates");
        add.setId("series-add-dates");
        add.setText(getTranslation("series.page.add-dates"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(click -> addDates());
        var extend = new Div(new H2(getTranslation("series.page.add-heading")), more, add);
        extend.addClassName("account-section");

        add(heading, summary, new H2(getTranslation("series.page.events")), events, extend);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String given = enter.getRouteParameters().get(Routes.SERIES_ID).orElse("");
        try {
            id = new SeriesId(UUID.fromString(given));
            show(currentUser.account().orElseThrow(() -> new SeriesNotFoundException(given)));
        } catch (IllegalArgumentException notAnId) {
            var notFound = new SeriesNotFoundException(given);
            enter.rerouteToError(notFound, notFound.getMessage());
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("series.page.title", title);
    }

    private void show(AccountId viewer) {
        var view = series.get(viewer, id);
        var template = view.series().template();
        title = template.title();
        heading.setText(title);
        summary.setText(getTranslation("series.page.summary", Formats.time().format(template.localStartTime()),
                template.timeZone().getId(), template.durationMinutes(), template.rule().text()));
        events.removeAll();
        var format = Formats.dayAndTime();
        for (Event event : view.events()) {
            var when = format.format(event.details().startsAt().atZone(event.details().timeZone()));
            var link = Routes.link(when + " · " + event.details().title(), Routes.event(event.id()));
            var status = new Span();
            EventLabels.statusBadge(status, event.status());
            var item = new ListItem(link, new Span(" "), status);
            item.addClassName("series-event");
            events.add(item);
        }
    }

    private void addDates() {
        fieldErrors.clear();
        try {
            var viewer = currentUser.require();
            var before = series.get(viewer, id).events().size();
            var extended = series.extend(viewer, id, more.getValue(), null);
            var done = Notification.show(getTranslation("series.page.added", extended.events().size() - before),
                    4000, Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(viewer);
        } catch (InvalidInputException invalid) {
            fieldErrors.show(invalid.errors());
        } finally {
            add.setEnabled(true);
        }
    }
}
