package org.mingle.web.profiles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.BlockedPerson;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileRules;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.Relationship;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.profiles.Visibility;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.web.shell.CurrentUser;
import org.mingle.web.shell.FieldErrors;
import org.mingle.web.shell.MainLayout;
import org.mingle.web.shell.Routes;

/**
 * The signed-in person's networking profile: who they are, what they are into, what they look for and offer, and
 * their links, each field with its own audience. The domain validates; each refused field shows its message next to
 * it. Below the form, the saved profile as a fellow attendee and as any signed-in person see it, and the people this
 * person blocked.
 */
@Prototype
@Route(value = Routes.MY_PROFILE, layout = MainLayout.class)
@PageTitle("My profile · Mingle")
public class MyProfileView extends VerticalLayout implements BeforeEnterObserver {

    /** Suggestions per look-up: enough to pick from on a phone, within what the domain allows. */
    static final int SUGGESTIONS = 10;

    private final ProfileService profiles;
    private final BlockService blocks;
    private final CurrentUser currentUser;

    private final TextField displayName = new TextField("Name");
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
    private final Div formError = new Div();
    private final Button save = new Button("Save profile");

    private final ProfileCard asAttendee = new ProfileCard("preview-attendee");
    private final ProfileCard asAnyone = new ProfileCard("preview-anyone");
    private final Div blockedList = new Div();
    private final Paragraph noneBlocked = new Paragraph("You have not blocked anyone.");

    private final FieldErrors fieldErrors = new FieldErrors();

    MyProfileView(ProfileService profiles, BlockService blocks, CurrentUser currentUser) {
        this.profiles = profiles;
        this.blocks = blocks;
        this.currentUser = currentUser;
        setId("my-profile");
        addClassName("page");
        setPadding(true);

        var heading = new H2("My profile");
        heading.addClassNames(LumoUtility.Margin.NONE);
        var intro = new Paragraph("What you share here helps the right people find you at events. Next to each "
                + "field, choose who may see it.");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        buildFields();
        var form = new Div(
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
        form.setId("profile-form");
        form.addClassName("profile-form");

        formError.setId("profile-form-error");
        formError.addClassNames(LumoUtility.TextColor.ERROR);
        formError.setVisible(false);

        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());

        add(heading, intro, form, formError, save, previews(), blockedSection());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        var mine = profiles.mine(currentUser.require());
        fill(mine);
        showPreviews(mine);
        showBlocked();
    }

    private void buildFields() {
        displayName.setId("display-name");
        displayName.setMaxLength(AccountService.DISPLAY_NAME_MAX);
        displayName.setRequiredIndicatorVisible(true);
        displayName.setHelperText("Shown wherever you appear, to everyone who sees you.");

        headline.setId("headline");
        headline.setMaxLength(ProfileRules.HEADLINE_MAX);
        headline.setPlaceholder("Product designer turning climate data into tools");

        bio.setId("bio");
        bio.setMaxLength(ProfileRules.BIO_MAX);
        bio.setMinHeight("7rem");

        company.setId("company");
        company.setMaxLength(ProfileRules.COMPANY_MAX);

        industry.setId("industry");
        industry.setAllowCustomValue(true);
        industry.setClearButtonVisible(true);
        industry.setHelperText("Pick one others use, or type your own.");
        industry.setItems(query -> suggestions(profiles.suggestIndustries(query.getFilter().orElse(""), SUGGESTIONS),
                query));
        industry.addCustomValueSetListener(typed -> industry.setValue(typed.getDetail().strip()));

        seniority.setId("seniority");
        seniority.setLabel(ProfileLabels.field(ProfileField.SENIORITY));
        seniority.setItems(Seniority.values());
        seniority.setEmptySelectionAllowed(true);
        seniority.setEmptySelectionCaption("Not given");
        seniority.setItemLabelGenerator(level -> level == null ? "Not given" : ProfileLabels.seniority(level));

        interests.setId("interests");
        interests.setAllowCustomValue(true);
        interests.setSelectedItemsOnTop(true);
        interests.setHelperText("Up to " + ProfileRules.INTERESTS_MAX + ". Pick ones others use, so you are matched "
                + "with them, or type a new one and press Enter.");
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
        links.setHelperText("One web address a line, up to " + ProfileRules.LINKS_MAX + ", such as "
                + "https://www.linkedin.com/in/you. Only your connections see them unless you choose otherwise.");
        links.setPlaceholder("https://");

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
            select.setLabel("Visible to");
            select.setAriaLabel("Who sees your " + ProfileLabels.field(field).toLowerCase(Locale.ROOT));
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

    private Section previews() {
        var heading = new H3("Preview");
        heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        var note = new Paragraph("Your saved profile as others see it. Save to update it.");
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        var attendee = new Div(new H4("As an attendee sees me"), asAttendee);
        attendee.addClassName("preview");
        var anyone = new Div(new H4("As anyone signed in sees me"), asAnyone);
        anyone.addClassName("preview");
        var both = new Div(attendee, anyone);
        both.addClassName("previews");
        var section = new Section(heading, note, both);
        section.setId("profile-preview");
        section.setWidthFull();
        return section;
    }

    private Section blockedSection() {
        var heading = new H3("People you blocked");
        heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        var note = new Paragraph("They are not recommended to you, and neither of you can ask the other to meet.");
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        blockedList.setId("blocked-people");
        blockedList.addClassName("team-members");
        noneBlocked.setId("blocked-people-empty");
        noneBlocked.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        var section = new Section(heading, note, blockedList, noneBlocked);
        section.setId("blocked");
        section.addClassName("team");
        return section;
    }

    private void fill(Profile profile) {
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

    private void save() {
        try {
            clearErrors();
            var saved = profiles.update(currentUser.require(), input());
            fill(saved);
            showPreviews(saved);
            var done = Notification.show("Profile saved.", 4000, Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            List<String> unplaced = fieldErrors.show(invalid.errors());
            formError.setText(String.join(" ", unplaced));
            formError.setVisible(!unplaced.isEmpty());
        } finally {
            save.setEnabled(true);
        }
    }

    private void showPreviews(Profile profile) {
        asAttendee.show(profile.as(Relationship.FELLOW_ATTENDEE));
        asAnyone.show(profile.as(Relationship.NONE));
    }

    private void showBlocked() {
        blockedList.removeAll();
        for (BlockedPerson person : blocks.blocked(currentUser.require())) {
            var name = Routes.link(person.displayName(), Routes.person(person.accountId()));
            var who = new Div(name);
            who.addClassName("team-member-who");
            var unblock = new Button("Unblock", click -> {
                blocks.unblock(currentUser.require(), person.accountId());
                var done = Notification.show(person.displayName() + " is no longer blocked.", 4000,
                        Notification.Position.BOTTOM_CENTER);
                done.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                showBlocked();
            });
            unblock.setId("unblock-" + person.accountId());
            unblock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            unblock.setAriaLabel("Unblock " + person.displayName());
            var row = new Div(who, unblock);
            row.addClassName("team-member");
            row.getElement().setAttribute("data-account-id", person.accountId().toString());
            blockedList.add(row);
        }
        noneBlocked.setVisible(blockedList.getComponentCount() == 0);
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

    private void clearErrors() {
        fieldErrors.clear();
        formError.setText("");
        formError.setVisible(false);
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
