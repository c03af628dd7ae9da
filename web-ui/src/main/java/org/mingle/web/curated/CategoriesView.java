package org.mingle.web.curated;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.curated.Category;
import org.mingle.domain.curated.CategoryPair;
import org.mingle.domain.curated.CategoryService;
import org.mingle.domain.curated.EventCategories;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventNotFoundException;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.NotFoundException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.DomainMessages;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.UiErrorHandler;

/**
 * An event's attendee categories as its organizers set them (decision 54): a name for each category, and a check box
 * for each two categories whose people may meet, the category with itself included. On a phone the pairs stand one
 * under the other rather than as a matrix; twenty categories at most keep the list short enough. Organizers put people
 * into categories in the dashboard's registrations. For the event's OWNER and CO_ORGANIZERs; anyone else, and anyone
 * for an unknown id, gets the not-found page, as on the dashboard.
 */
@Prototype
@Route(value = Routes.CATEGORIES, layout = MainLayout.class)
public class CategoriesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final CategoryService categories;
    private final CurrentUser currentUser;

    private final RouterLink dashboardLink = new RouterLink();
    private final Div rows = new Div();
    private final Button add = new Button(getTranslation("categories.add"), VaadinIcon.PLUS.create());
    private final Div pairs = new Div();
    private final Paragraph noPairs = new Paragraph(getTranslation("categories.pairs-empty"));
    private final Paragraph formError = new Paragraph();
    private final Button save = new Button(getTranslation("categories.save"));

    private final List<Row> shown = new ArrayList<>();
    /** The ticked pairs, by the rows on the page, so that ticks follow a category while its name changes. */
    private final Set<RowPair> ticked = new HashSet<>();
    private Event event;
    private int added;

    /** One category on the page: its key once stored (null until then) and its name field. */
    private static final class Row {
        final String key;
        final TextField name;

        Row(String key, TextField name) {
            this.key = key;
            this.name = name;
        }
    }

    /** Two rows, the first one higher on the page (or the same row twice). */
    private record RowPair(Row first, Row second) {
    }

    CategoriesView(EventService events, CategoryService categories, CurrentUser currentUser) {
        this.events = events;
        this.categories = categories;
        this.currentUser = currentUser;
        setId("categories-page");
        addClassNames("page", "categories-page");
        setPadding(true);

        var heading = new H1(getTranslation("categories.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        dashboardLink.setId("categories-dashboard");
        dashboardLink.addClassName("back-link");
        var hint = new Paragraph(getTranslation("categories.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        var listHeading = new H2(getTranslation("categories.list"));
        listHeading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        rows.setId("category-rows");
        rows.addClassName("category-rows");
        add.setId("add-category");
        add.addClickListener(click -> {
            addRow(null, "").name.focus();
            showPairs();
        });

        var pairsHeading = new H2(getTranslation("categories.pairs"));
        pairsHeading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        var pairsHint = new Paragraph(getTranslation("categories.pairs-hint"));
        pairsHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        pairs.setId("category-pairs");
        pairs.addClassName("category-pairs");
        noPairs.setId("category-pairs-empty");
        noPairs.addClassNames(LumoUtility.TextColor.SECONDARY);

        formError.setId("categories-error");
        formError.addClassName("notice-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        save.setId("save-categories");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());

        add(heading, dashboardLink, hint, listHeading, rows, add, pairsHeading, pairsHint, noPairs, pairs, formError,
                save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String id = enter.getRouteParameters().get(Routes.EVENT_ID).orElse("");
        try {
            var viewer = currentUser.account();
            var found = events.get(viewer, EventId.fromString(id));
            // Anyone who may not change the categories learns nothing here, as for an event they cannot see.
            if (!categories.mayEdit(viewer, found.id())) {
                throw new EventNotFoundException(found.id());
            }
            event = found;
        } catch (NotFoundException notFound) {
            enter.rerouteToError(notFound, notFound.getMessage());
            return;
        }
        dashboardLink.setText(event.title()); // replaces what the link held, so the arrow comes after
        dashboardLink.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        Routes.aim(dashboardLink, Routes.eventDashboard(event.id()));
        show(categories.categories(currentUser.account(), event.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("categories.title") + (event == null ? "" : " · " + event.title()) + " · Mingle";
    }

    /** The categories and rules as stored. */
    private void show(EventCategories stored) {
        shown.clear();
        ticked.clear();
        rows.removeAll();
        added = 0;
        stored.categories().forEach(category -> addRow(category.key(), category.name()));
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i; j < shown.size(); j++) {
                if (stored.rules().contains(CategoryPair.of(shown.get(i).key, shown.get(j).key))) {
                    ticked.add(new RowPair(shown.get(i), shown.get(j)));
                }
            }
        }
        showPairs();
    }

    private Row addRow(String key, String name) {
        int number = ++added;
        var field = new TextField(getTranslation("categories.name"));
        field.setId("category-name-" + number);
        field.setValue(name);
        field.setMaxLength(EventCategories.NAME_MAX);
        field.setPlaceholder(getTranslation("categories.name-placeholder"));
        field.setManualValidation(true);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(change -> showPairs());
        var row = new Row(key, field);
        var remove = new Button(VaadinIcon.TRASH.create(), click -> removeRow(row));
        remove.setId("remove-category-" + number);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("categories.remove"));
        remove.setTooltipText(getTranslation("categories.remove"));
        var line = new Div(field, remove);
        line.addClassName("category-row");
        rows.add(line);
        shown.add(row);
        add.setEnabled(shown.size() < EventCategories.CATEGORIES_MAX);
        return row;
    }

    private void removeRow(Row row) {
        int at = shown.indexOf(row);
        shown.remove(at);
        rows.remove(rows.getComponentAt(at));
        ticked.removeIf(pair -> pair.first() == row || pair.second() == row);
        add.setEnabled(true);
        showPairs();
    }

    /** A check box for each two categories, the category with itself first, under the names as typed now. */
    private void showPairs() {
        pairs.removeAll();
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i; j < shown.size(); j++) {
                var pair = new RowPair(shown.get(i), shown.get(j));
                String first = nameOf(pair.first(), i);
                var box = new Checkbox(i == j ? getTranslation("categories.pair-self", first)
                        : getTranslation("categories.pair", first, nameOf(pair.second(), j)));
                box.setId("category-pair-" + (i + 1) + "-" + (j + 1));
                box.setValue(ticked.contains(pair));
                box.addValueChangeListener(change -> {
                    if (change.getValue()) {
                        ticked.add(pair);
                    } else {
                        ticked.remove(pair);
                    }
                });
                pairs.add(box);
            }
        }
        noPairs.setVisible(shown.isEmpty());
    }

    private String nameOf(Row row, int index) {
        String name = row.name.getValue().strip();
        return name.isEmpty() ? getTranslation("categories.unnamed", index + 1) : name;
    }

    private void save() {
        formError.setVisible(false);
        shown.forEach(row -> {
            row.name.setInvalid(false);
            row.name.setErrorMessage(null);
        });
        List<Category> wanted = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        shown.stream().filter(row -> row.key != null).forEach(row -> keys.add(row.key));
        List<String> keyOf = new ArrayList<>();
        for (Row row : shown) {
            String key = row.key != null ? row.key : CategoryKeys.from(row.name.getValue(), keys);
            keys.add(key);
            keyOf.add(key);
            wanted.add(new Category(key, row.name.getValue()));
        }
        List<EventCategories.Rule> rules = new ArrayList<>();
        ticked.forEach(pair -> rules.add(new EventCategories.Rule(keyOf.get(shown.indexOf(pair.first())),
                keyOf.get(shown.indexOf(pair.second())))));
        try {
            show(categories.replace(currentUser.require(), event.id(), wanted, rules));
            var done = Notification.show(getTranslation("categories.saved"), 4000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            showErrors(invalid.errors());
        } catch (DomainException refused) {
            UiErrorHandler.show(DomainMessages.of(refused));
        } finally {
            save.setEnabled(true);
        }
    }

    /** Name problems next to their fields, the first one focused; anything else above the button. */
    private void showErrors(List<FieldError> errors) {
        List<String> elsewhere = new ArrayList<>();
        Optional<TextField> first = Optional.empty();
        for (FieldError error : errors) {
            var at = error.field().matches("categories\\[\\d+]\\.(name|key)")
                    ? Integer.parseInt(error.field().replaceAll("\\D+", " ").strip()) : -1;
            if (at >= 0 && at < shown.size()) {
                var field = shown.get(at).name;
                field.setErrorMessage(getTranslation("categories.name") + " " + error.message());
                field.setInvalid(true);
                first = first.or(() -> Optional.of(field));
            } else {
                elsewhere.add(error.message());
            }
        }
        first.ifPresent(TextField::focus);
        formError.setText(String.join(" ", elsewhere));
        formError.setVisible(!elsewhere.isEmpty());
    }
}
