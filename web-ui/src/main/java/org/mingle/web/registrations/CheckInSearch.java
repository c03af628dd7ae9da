package org.mingle.web.registrations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.web.events.RegistrationLabels;
import org.mingle.web.profiles.Faces;

/**
 * The door's look-up by name, for someone without their code: a field, and below it the people who match, each with
 * a button to check them in while they are confirmed and not yet in. A block of its own, so the field keeps a field's
 * height however the page around it lays out.
 */
final class CheckInSearch extends Div {

    private final TextField search = new TextField(getTranslation("registrations.search.label"));
    private final Div results = new Div();
    private final Paragraph noResults = new Paragraph(getTranslation("registrations.search.none"));
    private final SerializableFunction<String, List<Registration>> find;
    private final SerializableFunction<List<Registration>, Faces> faces;
    private final SerializableConsumer<String> checkIn;

    /**
     * @param find    the registrations matching a name or email
     * @param faces   their faces
     * @param checkIn checks in the registration with this check-in code
     */
    CheckInSearch(SerializableFunction<String, List<Registration>> find,
                  SerializableFunction<List<Registration>, Faces> faces, SerializableConsumer<String> checkIn) {
        this.find = find;
        this.faces = faces;
        this.checkIn = checkIn;
        addClassName("checkin-search-box");

        search.setId("checkin-search");
        search.setPlaceholder(getTranslation("registrations.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        search.addClassName("checkin-search");

        results.setId("checkin-search-results");
        results.addClassName("checkin-results");
        noResults.setId("checkin-no-results");
        noResults.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        noResults.setVisible(false);
        add(search, results, noResults);
    }

    /** Lists the matches again, as they stand now. */
    void refresh() {
        results.removeAll();
        String text = search.getValue() == null ? "" : search.getValue().strip();
        if (text.isEmpty()) {
            noResults.setVisible(false);
            return;
        }
        var found = find.apply(text);
        var shown = faces.apply(found);
        found.forEach(registration -> results.add(row(registration, shown)));
        noResults.setVisible(found.isEmpty());
    }

    boolean isSearching() {
        return !search.isEmpty();
    }

    private Div row(Registration registration, Faces shown) {
        var name = new Span(registration.displayName());
        name.addClassName("checkin-result-name");
        var email = new Span(registration.email() == null ? "" : registration.email());
        email.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var who = new Div(name, email);
        who.addClassName("team-member-who");

        var row = new Div(shown.small(registration.accountId(), registration.displayName()), who,
                RegistrationLabels.badge(registration));
        row.setId("checkin-row-" + registration.id());
        row.addClassName("team-member");
        if (registration.status() == RegistrationStatus.CONFIRMED && registration.checkedInAt() == null) {
            var button = new Button(getTranslation("registrations.door.check-in"), click -> checkIn.accept(registration.checkInCode()));
            button.setId("checkin-" + registration.id());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(getTranslation("registrations.search.check-in-who", registration.displayName()));
            row.add(button);
        }
        return row;
    }
}
