package org.mingle.web.events;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mingle.domain.events.EventRules;
import org.mingle.domain.events.EventSearch;
import org.mingle.domain.shared.FieldError;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.TextLimits;

/**
 * The search field and the filters of the list of upcoming events (dates, topic, city, online or in person). Their
 * values live in the address ({@code ?q=&from=&to=&topic=&city=&online=}), so a search can be shared and the back
 * button returns to the previous one. The filters fold away on a phone and open by themselves when one is set.
 *
 * <p>Dates are whole days in UTC: from the start of the first day to the end of the last.
 */
class EventFilters extends Div {

    static final String Q = "q";
    static final String FROM = "from";
    static final String TO = "to";
    static final String TOPIC = "topic";
    static final String CITY = "city";
    static final String ONLINE = "online";
    private static final String ANY = "";
    private static final String ONLINE_ONLY = "true";
    private static final String IN_PERSON = "false";

    private final TextField search = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField topic = new TextField();
    private final TextField city = new TextField();
    private final Select<String> online = new Select<>();
    private final Details more = new Details();
    private final FieldErrors errors = new FieldErrors();

    /** @param changed told when the person changed the search text ({@code true}) or a filter ({@code false}) */
    EventFilters(Consumer<Boolean> changed) {
        setId("event-filters");
        addClassName("event-filters");

        search.setId("search");
        search.setPlaceholder(getTranslation("events.list.search-placeholder"));
        search.setAriaLabel(getTranslation("events.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(TextLimits.maxLength(EventSearch.TEXT_MAX));
        search.setWidthFull();
        search.setMaxWidth("40rem");

        from.setId("filter-from");
        from.setLabel(getTranslation("events.search.from"));
        to.setId("filter-to");
        to.setLabel(getTranslation("events.search.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setClearButtonVisible(true);
            picker.setLocale(getLocale());
        }
        topic.setId("filter-topic");
        topic.setLabel(getTranslation("events.search.topic"));
        topic.setMaxLength(TextLimits.maxLength(EventRules.TOPIC_MAX));
        city.setId("filter-city");
        city.setLabel(getTranslation("events.search.city"));
        city.setMaxLength(TextLimits.maxLength(EventRules.CITY_MAX));
        for (TextField field : List.of(topic, city)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        }
        online.setId("filter-online");
        online.setLabel(getTranslation("events.search.online"));
        online.setItems(ANY, ONLINE_ONLY, IN_PERSON);
        online.setItemLabelGenerator(value -> switch (value) {
            case ONLINE_ONLY -> getTranslation("events.search.online.only");
            case IN_PERSON -> getTranslation("events.search.online.in-person");
            default -> getTranslation("events.search.online.any");
        });
        online.setValue(ANY);

        errors.add("q", search, "").add(FROM, from, "").add(TO, to, "")
                .add(TOPIC, topic, "").add(CITY, city, "");

        var clear = new Button(getTranslation("events.search.clear"), click -> {
            setValues(Map.of(Q, search.getValue()));
            changed.accept(false);
        });
        clear.setId("filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var fields = new Div(from, to, topic, city, online, clear);
        fields.addClassName("event-filter-fields");
        more.setId("filter-details");
        more.setSummaryText(getTranslation("events.search.filters"));
        more.add(fields);

        search.addValueChangeListener(change -> fromClient(change, () -> changed.accept(true)));
        from.addValueChangeListener(change -> fromClient(change, () -> changed.accept(false)));
        to.addValueChangeListener(change -> fromClient(change, () -> changed.accept(false)));
        topic.addValueChangeListener(change -> fromClient(change, () -> changed.accept(false)));
        city.addValueChangeListener(change -> fromClient(change, () -> changed.accept(false)));
        online.addValueChangeListener(change -> fromClient(change, () -> changed.accept(false)));
        add(search, more);
    }

    private static void fromClient(ComponentValueChangeEvent<?, ?> change, Runnable then) {
        if (change.isFromClient()) {
            then.run();
        }
    }

    /** Takes the values from the address; a date that is no date is left out. */
    void setValues(Map<String, String> values) {
        errors.clear();
        search.setValue(values.getOrDefault(Q, ""));
        from.setValue(date(values.get(FROM)).orElse(null));
        to.setValue(date(values.get(TO)).orElse(null));
        topic.setValue(values.getOrDefault(TOPIC, ""));
        city.setValue(values.getOrDefault(CITY, ""));
        String where = values.getOrDefault(ONLINE, ANY);
        online.setValue(ONLINE_ONLY.equals(where) || IN_PERSON.equals(where) ? where : ANY);
        if (filtered()) {
            more.setOpened(true);
        }
    }

    /** The values as the address keeps them: only those that are set. */
    QueryParameters parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, Q, search.getValue());
        put(values, FROM, from.getValue() == null ? "" : from.getValue().toString());
        put(values, TO, to.getValue() == null ? "" : to.getValue().toString());
        put(values, TOPIC, topic.getValue());
        put(values, CITY, city.getValue());
        put(values, ONLINE, online.getValue());
        return QueryParameters.simple(values);
    }

    /** The search the fields describe; the domain judges the text. */
    EventSearch search() {
        errors.clear();
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.getValue() == null ? null
                : to.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Boolean where = ANY.equals(online.getValue()) || online.getValue() == null ? null
                : Boolean.valueOf(online.getValue());
        return new EventSearch(start, end, search.getValue(), topic.getValue(), city.getValue(), where);
    }

    /** Shows what the domain refused next to its field. */
    void showErrors(List<FieldError> refused) {
        errors.show(refused);
        if (refused.stream().anyMatch(error -> !error.field().equals("q"))) {
            more.setOpened(true);
        }
    }

    boolean filtered() {
        return from.getValue() != null || to.getValue() != null || !topic.getValue().isBlank()
                || !city.getValue().isBlank() || !ANY.equals(online.getValue());
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
