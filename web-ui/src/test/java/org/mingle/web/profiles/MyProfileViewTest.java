package org.mingle.web.profiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.profiles.Visibility;
import org.mingle.web.vaadin.KaribuViewTest;

/** Editing one's own profile: saving, the messages next to the fields, the audiences and the previews. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyProfileViewTest extends KaribuViewTest {

    @Inject
    ProfileService profileService;

    private Account ada;
    private Account bob;
    private Account cleo;
    private Account dora;
    private Account erin;

    @BeforeAll
    void accounts() {
        ada = signUp("Ada Lovelace", "ada@example.org");
        bob = signUp("Bob Babbage", "bob@example.org");
        cleo = signUp("Cleo Clarke", "cleo@example.org");
        dora = signUp("Dora Dijkstra", "dora@example.org");
        erin = signUp("Erin Engelbart", "erin@example.org");
        // Someone else's tags and industry, for the suggestions.
        profileService.update(bob.id(), new ProfileInput(null, "", "", "", "Renewable energy", null,
                List.of("Climate Tech", "Rust"), List.of(), List.of(), List.of(), Map.of()));
    }

    @Test
    void theNavigationLeadsSignedInPeopleToTheirProfile() {
        signInAs(ada);
        UI.getCurrent().navigate("");

        var item = _get(SideNavItem.class, spec -> spec.withId("nav-profile"));
        assertThat(item.getLabel()).isEqualTo("My profile");
        assertThat(item.getPath()).isEqualTo("profile");
    }

    @Test
    void savingStoresEveryFieldAndShowsItInThePreviews() {
        signInAs(ada);
        UI.getCurrent().navigate("profile");

        _setValue(textField("headline"), "Analytical engine programmer");
        _setValue(_get(TextArea.class, spec -> spec.withId("bio")), "First line.\nSecond line.");
        _setValue(textField("company"), "Engines Ltd");
        _setValue(industry(), "Computing");
        _setValue(seniority(), Seniority.SENIOR);
        _setValue(interests(), new LinkedHashSet<>(List.of("Mathematics", "Poetry")));
        _setValue(goals("seeking"), Set.of(Goal.COLLABORATION));
        _setValue(goals("offering"), Set.of(Goal.MENTORSHIP, Goal.ADVICE));
        _setValue(links(), "https://example.org/ada\n\n  https://example.org/notes  ");
        _setValue(visibility(ProfileField.HEADLINE), Visibility.PUBLIC);
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        NotificationsKt.expectNotifications("Profile saved.");
        var saved = profileService.mine(ada.id());
        assertThat(saved.headline()).isEqualTo("Analytical engine programmer");
        assertThat(saved.bio()).isEqualTo("First line.\nSecond line.");
        assertThat(saved.company()).isEqualTo("Engines Ltd");
        assertThat(saved.industry()).isEqualTo("Computing");
        assertThat(saved.seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(saved.interests()).extracting(Interest::display).containsExactly("Mathematics", "Poetry");
        assertThat(saved.seeking()).containsExactly(Goal.COLLABORATION);
        assertThat(saved.offering()).containsExactlyInAnyOrder(Goal.MENTORSHIP, Goal.ADVICE);
        assertThat(saved.links()).containsExactly("https://example.org/ada", "https://example.org/notes");
        assertThat(saved.visibilityOf(ProfileField.HEADLINE)).isEqualTo(Visibility.PUBLIC);

        // An attendee sees what is shown to attendees; links wait for a connection by default.
        assertThat(text("preview-attendee-headline")).isEqualTo("Analytical engine programmer");
        assertThat(text("preview-attendee-company")).isEqualTo("Engines Ltd");
        assertThat(text("preview-attendee-seniority")).isEqualTo("Senior");
        assertThat(textRecursively("preview-attendee-interests")).contains("Mathematics", "Poetry");
        assertThat(textRecursively("preview-attendee-seeking")).isEqualTo("Looking for collaborators");
        assertThat(textRecursively("preview-attendee-offering")).contains("Offering mentorship", "Offering advice");
        _assertNone(Component.class, spec -> spec.withId("preview-attendee-links"));
        // Anyone signed in sees only the public headline.
        assertThat(text("preview-anyone-headline")).isEqualTo("Analytical engine programmer");
        _assertNone(Component.class, spec -> spec.withId("preview-anyone-company"));
        _assertNone(Component.class, spec -> spec.withId("preview-anyone-interests"));
    }

    @Test
    void badInputShowsEachMessageNextToItsFieldAndSavesNothing() {
        signInAs(cleo);
        UI.getCurrent().navigate("profile");
        var before = profileService.mine(cleo.id());

        _setValue(textField("display-name"), "  ");
        _setValue(links(), "javascript:alert(1)");
        _setValue(interests(), IntStream.rangeClosed(1, 31).mapToObj(i -> "Topic " + i)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        _setValue(textField("headline"), "Fine headline");
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        assertThat(errorOf("display-name")).isEqualTo("Name is required");
        assertThat(errorOf("links")).isEqualTo("Links must be web addresses starting with http:// or https://");
        assertThat(errorOf("interests")).isEqualTo("Interests must be at most 30 different interests");
        assertValid("headline", "bio", "company", "industry", "seniority", "seeking", "offering",
                "visibility-headline", "visibility-links");
        // Every message found its field: nothing is left for the line below the form.
        _assertNone(Div.class, spec -> spec.withId("profile-form-error"));
        NotificationsKt.expectNoNotifications();
        var after = profileService.mine(cleo.id());
        assertThat(after.headline()).isEqualTo(before.headline());
        assertThat(after.displayName()).isEqualTo("Cleo Clarke");

        // Correcting the fields clears their messages on the next save.
        _setValue(textField("display-name"), "Cleo C. Clarke");
        _setValue(links(), "https://cleo.example.org");
        _setValue(interests(), Set.of("Topic 1"));
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        assertValid("display-name", "links", "interests");
        assertThat(profileService.mine(cleo.id()).displayName()).isEqualTo("Cleo C. Clarke");
        assertThat(profileService.mine(cleo.id()).links()).containsExactly("https://cleo.example.org");
    }

    @Test
    void onAGermanPageACodedMessageStandsInGermanUnderItsFieldAndAnUncodedOneStaysEnglish() {
        signInAs(cleo);
        UI.getCurrent().setLocale(Locale.GERMANY);
        UI.getCurrent().navigate("profile");

        _setValue(textField("display-name"), "  ");
        _setValue(links(), "javascript:alert(1)");
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        assertThat(errorOf("display-name")).isEqualTo("Ist erforderlich");
        assertThat(errorOf("links")).isEqualTo("Links must be web addresses starting with http:// or https://");
        assertThat(profileService.mine(cleo.id()).displayName()).isNotBlank();
    }

    @Test
    void theChosenAudiencesArePersistedAndShownWhenTheEditorOpensAgain() {
        signInAs(dora);
        UI.getCurrent().navigate("profile");
        assertThat(visibility(ProfileField.LINKS).getValue()).isEqualTo(Visibility.CONNECTIONS);
        assertThat(visibility(ProfileField.BIO).getValue()).isEqualTo(Visibility.ATTENDEES);

        _setValue(visibility(ProfileField.BIO), Visibility.PRIVATE);
        _setValue(visibility(ProfileField.LINKS), Visibility.PUBLIC);
        _setValue(visibility(ProfileField.INTERESTS), Visibility.CONNECTIONS);
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        var saved = profileService.mine(dora.id());
        assertThat(saved.visibilityOf(ProfileField.BIO)).isEqualTo(Visibility.PRIVATE);
        assertThat(saved.visibilityOf(ProfileField.LINKS)).isEqualTo(Visibility.PUBLIC);
        assertThat(saved.visibilityOf(ProfileField.INTERESTS)).isEqualTo(Visibility.CONNECTIONS);

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("profile");
        assertThat(visibility(ProfileField.BIO).getValue()).isEqualTo(Visibility.PRIVATE);
        assertThat(visibility(ProfileField.LINKS).getValue()).isEqualTo(Visibility.PUBLIC);
        assertThat(visibility(ProfileField.INTERESTS).getValue()).isEqualTo(Visibility.CONNECTIONS);
        assertThat(visibility(ProfileField.HEADLINE).getValue()).isEqualTo(Visibility.ATTENDEES);
        assertThat(visibility(ProfileField.LINKS).getItemLabelGenerator().apply(Visibility.PRIVATE))
                .isEqualTo("Only me");
    }

    @Test
    void thePreviewsLeaveOutWhatTheirViewerMayNotSee() {
        signInAs(erin);
        UI.getCurrent().navigate("profile");
        _setValue(textField("headline"), "Secret headline");
        _setValue(visibility(ProfileField.HEADLINE), Visibility.PRIVATE);
        _setValue(textField("company"), "Open Company");
        _setValue(visibility(ProfileField.COMPANY), Visibility.PUBLIC);
        _setValue(links(), "https://erin.example.org/");
        _setValue(visibility(ProfileField.LINKS), Visibility.ATTENDEES);
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        _assertNone(Component.class, spec -> spec.withId("preview-attendee-headline"));
        _assertNone(Component.class, spec -> spec.withId("preview-anyone-headline"));
        assertThat(textRecursively("preview-attendee")).doesNotContain("Secret headline");
        assertThat(textRecursively("preview-anyone")).doesNotContain("Secret headline");
        assertThat(text("preview-attendee-company")).isEqualTo("Open Company");
        assertThat(text("preview-anyone-company")).isEqualTo("Open Company");
        var link = _get(Anchor.class, spec -> spec.withText("erin.example.org"));
        assertThat(link.getHref()).isEqualTo("https://erin.example.org/");
        assertThat(link.getElement().getAttribute("rel")).contains("noopener", "nofollow");
        _assertNone(Component.class, spec -> spec.withId("preview-anyone-links"));
        assertThat(text("preview-attendee-name")).isEqualTo("Erin Engelbart");
    }

    @Test
    void interestsAndIndustriesAreSuggestedFromWhatOthersUse() {
        signInAs(ada);
        UI.getCurrent().navigate("profile");

        @SuppressWarnings("unchecked")
        var interestSuggestions = (DataProvider<String, String>) interests().getDataProvider();
        assertThat(interestSuggestions.fetch(new Query<>(0, 10, List.of(), null, "clim")).toList())
                .containsExactly("Climate Tech");
        @SuppressWarnings("unchecked")
        var industrySuggestions = (DataProvider<String, String>) industry().getDataProvider();
        assertThat(industrySuggestions.fetch(new Query<>(0, 10, List.of(), null, "renew")).toList())
                .containsExactly("Renewable energy");
    }

    @Test
    void aTypedInterestTakesTheSpellingOthersUseAndNearDuplicatesAreDropped() {
        signInAs(dora);
        UI.getCurrent().navigate("profile");
        _setValue(interests(), Set.of());

        typeInterest("  climate   TECH ");
        typeInterest("Clímate tech");
        typeInterest("Knitting");
        _setValue(interests(), new LinkedHashSet<>(List.of("Climate Tech", "Knitting", "knitting")));

        assertThat(interests().getValue()).containsExactly("Climate Tech", "Knitting");
    }

    @Test
    void aGermanPageSpeaksGerman() {
        var grete = signUp("Grete Gauss", "grete@example.org");
        profileService.update(grete.id(), new ProfileInput(null, "Vernetzerin", "", "Xerox", "Forschung", "SENIOR",
                List.of(), List.of("COLLABORATION"), List.of("ADVICE"), List.of(), Map.of()));
        signInAs(grete);
        UI.getCurrent().setLocale(Locale.GERMANY);

        UI.getCurrent().navigate("profile");

        assertThat(_get(Button.class, spec -> spec.withId("save-profile")).getText()).isEqualTo("Profil speichern");
        assertThat(seniority().getLabel()).isEqualTo("Erfahrungsstufe");
        assertThat(visibility(ProfileField.LINKS).getLabel()).isEqualTo("Sichtbar für");
        assertThat(visibility(ProfileField.LINKS).getItemLabelGenerator().apply(Visibility.CONNECTIONS))
                .isEqualTo("Kontakte");
        assertThat(text("preview-attendee-seniority")).isEqualTo("Senior");
        assertThat(textRecursively("preview-attendee-seeking")).isEqualTo("Sucht Mitstreiter:innen");
        assertThat(textRecursively("preview-attendee-offering")).isEqualTo("Gibt Rat");
        assertThat(_get(Component.class, spec -> spec.withId("blocked-people-empty")).getElement().getText())
                .isEqualTo("Du hast niemanden blockiert.");
        var upload = _get(Upload.class, spec -> spec.withId("photo-upload")).getI18n();
        assertThat(upload.getFile().getRemove()).isEqualTo("Entfernen");
        assertThat(upload.getUploading().getStatus().getProcessing()).isEqualTo("Foto wird verarbeitet...");
    }

    private static void typeInterest(String text) {
        var field = interests();
        ComponentUtil.fireEvent(field, new ComboBoxBase.CustomValueSetEvent<>(field, true, text));
    }

    private static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static TextArea links() {
        return _get(TextArea.class, spec -> spec.withId("links"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> industry() {
        return _get(ComboBox.class, spec -> spec.withId("industry"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Seniority> seniority() {
        return _get(Select.class, spec -> spec.withId("seniority"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> interests() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("interests"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Goal> goals(String id) {
        return _get(CheckboxGroup.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<Visibility> visibility(ProfileField field) {
        return _get(Select.class, spec -> spec.withId("visibility-" + field.key()));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }

    private static String textRecursively(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static String errorOf(String id) {
        var field = (HasValidation) _get(Component.class, spec -> spec.withId(id));
        assertThat(field.isInvalid()).as("%s is invalid", id).isTrue();
        return field.getErrorMessage();
    }

    private static void assertValid(String... ids) {
        for (String id : ids) {
            var field = (HasValidation) _get(Component.class, spec -> spec.withId(id));
            assertThat(field.isInvalid()).as("%s is valid", id).isFalse();
        }
    }
}
