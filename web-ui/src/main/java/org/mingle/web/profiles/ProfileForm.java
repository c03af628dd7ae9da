package org.mingle.web.profiles;

import static org.mingle.web.shell.Translations.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileRules;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.profiles.Visibility;
import org.mingle.domain.shared.FieldError;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.TextLimits;

/**
 * The profile's fields, each with who may see it beside it (below it on a phone). Industry and interests suggest what
 * others use; an interest that reads the same as one already chosen is not added twice.
 */
class ProfileForm extends Div {

    /** Suggestions per look-up: enough to pick from on a phone, within what the domain allows. */
    static final int SUGGESTIONS = 10;

    private final ProfileService profiles;

    private final TextField displayName = new TextField(translate("profiles.field.name"));
    private final TextField headline = new TextField(ProfileLabels.field(ProfileField.HEADLINE));
    private final TextArea bio = new TextArea(ProfileLabels.field(ProfileField.BIO));
    private final TextField company = new TextField(ProfileLabels.field(ProfileField.COMPANY));
    private final ComboBox<String> industry = new ComboBox<>(ProfileLabels.field(ProfileField.INDUSTRY));
    private final Select<Seniority> seniority = new Select<>();
    private final MultiSelectComboBox<String> interests =
            new MultiSelectComboBox<>(ProfileLabels.field(ProfileField.INTERESTS));
    private final CheckboxGroup<Goal> seeking = new CheckboxGroup<>(ProfileLabels.field(ProfileField.SEEKING));
    private final CheckboxGroup<Goal> offering = new CheckboxGroup<>(ProfileLabels.field(ProfileField.OFFERING));
    private final TextArea links = new TextArea(ProfileLabels.field(ProfileField.LINKS));
    private final Map<ProfileField, Select<Visibility>> visibility = new EnumMap<>(ProfileField.class);

    private final FieldErrors fieldErrors = new FieldErrors();

    /** @param photo the person's photo, saved apart from the form; its visibility is saved with the form */
    ProfileForm(ProfileService profiles, Component photo) {
        this.profiles = profiles;
        buildFields();
        add(row(photo, ProfileField.PHOTO),
                row(displayName, null),
                row(headline, ProfileField.HEADLINE),
                row(company, ProfileField.COMPANY),
                row(industry, ProfileField.INDUSTRY),
                row(seniority, ProfileField.SENIORITY),
                row(bio, ProfileField.BIO),
                row(interests, ProfileField.INTERESTS),
                row(seeking, ProfileField.SEEKING),
                row(offering, ProfileField.OFFERING),
                row(links, ProfileField.LINKS));
        setId("profile-form");
        addClassName("profile-form");
    }

    private void buildFields() {
        displayName.setId("display-name");
        displayName.setMaxLength(TextLimits.maxLength(AccountService.DISPLAY_NAME_MAX));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setHelperText(getTranslation("profiles.form.name-help"));

        headline.setId("headline");
        headline.setMaxLength(TextLimits.maxLength(ProfileRules.HEADLINE_MAX));
        headline.setPlaceholder(getTranslation("profiles.form.headline-example"));

        bio.setId("bio");
        bio.setMaxLength(TextLimits.maxLength(ProfileRules.BIO_MAX));
        bio.setMinHeight("7rem");

        company.setId("company");
        company.setMaxLength(TextLimits.maxLength(ProfileRules.COMPANY_MAX));

        industry.setId("industry");
        industry.setAllowCustomValue(true);
        industry.setClearButtonVisible(true);
        industry.setHelperText(getTranslation("profiles.form.industry-help"));
        industry.setItems(query -> suggestions(profiles.suggestIndustries(query.getFilter().orElse(""), SUGGESTIONS),
                query));
        industry.addCustomValueSetListener(typed -> industry.setValue(typed.getDetail().strip()));

        seniority.setId("seniority");
        seniority.setLabel(ProfileLabels.field(ProfileField.SENIORITY));
        seniority.setItems(Seniority.values());
        seniority.setEmptySelectionAllowed(true);
        String notGiven = getTranslation("profiles.form.not-given");
        seniority.setEmptySelectionCaption(notGiven);
        seniority.setItemLabelGenerator(level -> level == null ? notGiven : ProfileLabels.seniority(level));

        interests.setId("interests");
        interests.setAllowCustomValue(true);
        interests.setSelectedItemsOnTop(true);
        interests.setHelperText(getTranslation("profiles.form.interests-help", ProfileRules.INTERESTS_MAX));
        interests.setItems(query -> suggestions(profiles.suggestInterests(query.getFilter().orElse(""), SUGGESTIONS),
                query));
        interests.addCustomValueSetListener(typed -> addInterest(typed.getDetail()));
        interests.addValueChangeListener(change -> {
            var distinct = distinctInterests(change.getValue());
            if (distinct.size() != change.getValue().size()) {
                interests.setValue(distinct);
            }
        });

        seeking.setId("seeking");
        seeking.setItems(Goal.values());
        seeking.setItemLabelGenerator(ProfileLabels::seeking);
        seeking.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        offering.setId("offering");
        offering.setItems(Goal.values());
        offering.setItemLabelGenerator(ProfileLabels::offering);
        offering.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);

        links.setId("links");
        links.setHelperText(getTranslation("profiles.form.links-help", ProfileRules.LINKS_MAX));
        links.setPlaceholder("https://");

        // The labels lead the domain's English messages; one the page translates stands alone (decision 63).
        fieldErrors.add("displayName", displayName, "Name")
                .add("headline", headline, "Headline")
                .add("company", company, "Company")
                .add("industry", industry, "Industry")
                .add("seniority", seniority, "Seniority")
                .add("bio", bio, "About me")
                .add("interests", interests, "Interests")
                .add("seeking", seeking, "Looking for")
                .add("offering", offering, "Offering")
                .add("links", links, "Links");
        for (ProfileField field : ProfileField.values()) {
            var select = new Select<Visibility>();
            select.setId("visibility-" + field.key());
            select.setLabel(getTranslation("profiles.form.visible-to"));
            select.setAriaLabel(getTranslation("profiles.who-sees." + field.key()));
            select.setItems(Visibility.values());
            select.setItemLabelGenerator(ProfileLabels::visibility);
            select.setValue(field.defaultVisibility());
            select.addClassName("visibility-select");
            visibility.put(field, select);
            fieldErrors.add("visibility." + field.key(), select, "Visibility");
        }
    }

    /** One field with, beside it (below it on a phone), who may see it. */
    private Div row(Component field, ProfileField key) {
        var row = new Div(field);
        row.addClassName("profile-row");
        field.getElement().getClassList().add("profile-row-field");
        if (key != null) {
            row.add(visibility.get(key));
        }
        return row;
    }

    /** Shows a saved profile, with no messages left from before. */
    void fill(Profile profile) {
        displayName.setValue(profile.displayName());
        headline.setValue(profile.headline());
        bio.setValue(profile.bio());
        company.setValue(profile.company());
        industry.setValue(profile.industry().isEmpty() ? null : profile.industry());
        seniority.setValue(profile.seniority());
        interests.setValue(profile.interests().stream().map(Interest::display)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        seeking.setValue(profile.seeking());
        offering.setValue(profile.offering());
        links.setValue(String.join("\n", profile.links()));
        profile.visibility().forEach((field, chosen) -> visibility.get(field).setValue(chosen));
        clearErrors();
    }

    /** What the form holds, as the domain takes it: a whole profile, since saving replaces it. */
    ProfileInput input() {
        Map<String, String> chosen = new LinkedHashMap<>();
        visibility.forEach((field, select) -> {
            if (select.getValue() != null) {
                chosen.put(field.key(), select.getValue().name());
            }
        });
        return new ProfileInput(displayName.getValue(), headline.getValue(), bio.getValue(), company.getValue(),
                industry.getValue(), seniority.getValue() == null ? null : seniority.getValue().name(),
                new ArrayList<>(interests.getValue()), names(seeking.getValue()), names(offering.getValue()),
                lines(links.getValue()), chosen);
    }

    /** Marks each refused field with its message; answers the messages of fields the form does not show. */
    List<String> showErrors(List<FieldError> errors) {
        return fieldErrors.show(errors);
    }

    void clearErrors() {
        fieldErrors.clear();
    }

    /**
     * Adds a typed interest, unless one the person has already reads the same to the domain ("climate tech" and
     * "Climate  Tech" are one interest); a suggestion with that reading lends its spelling, so everyone shares one tag.
     */
    private void addInterest(String typed) {
        String key = Interest.comparisonKey(typed == null ? "" : typed);
        if (key.isEmpty() || interests.getValue().stream().anyMatch(had -> Interest.comparisonKey(had).equals(key))) {
            return;
        }
        String spelling = profiles.suggestInterests(typed, ProfileService.SUGGESTIONS_MAX).stream()
                .filter(known -> Interest.comparisonKey(known).equals(key)).findFirst()
                .orElse(typed.strip().replaceAll("\\s+", " "));
        var chosen = new LinkedHashSet<>(interests.getValue());
        chosen.add(spelling);
        interests.setValue(chosen);
    }

    /** The chosen interests without near-duplicates, first spelling kept. */
    private static Set<String> distinctInterests(Set<String> chosen) {
        var keys = new HashSet<String>();
        var distinct = new LinkedHashSet<String>();
        for (String interest : chosen) {
            if (keys.add(Interest.comparisonKey(interest))) {
                distinct.add(interest);
            }
        }
        return distinct;
    }

    /** A page of suggestions; reading the query's offset and limit is what Vaadin's lazy loading expects. */
    private static Stream<String> suggestions(List<String> found, Query<String, String> query) {
        return found.stream().skip(query.getOffset()).limit(query.getLimit());
    }

    private static List<String> names(Set<Goal> goals) {
        return ProfileLabels.ordered(goals).stream().map(Goal::name).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
