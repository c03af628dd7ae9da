package org.mingle.web.curated;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.curated.Category;
import org.mingle.domain.curated.CategoryPair;
import org.mingle.domain.curated.CategoryService;
import org.mingle.domain.curated.EventCategories.Rule;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.web.events.EventFixtures;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

/** The categories page as organizers use it, and for anyone else. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoriesViewTest extends KaribuViewTest {

    @Inject
    EventService eventService;
    @Inject
    CategoryService categories;

    private Account organizer;
    private Account stranger;
    private EventFixtures fixtures;

    @BeforeAll
    void accounts() {
        organizer = signUp("Olga Organizer", "olga.categories@example.org");
        stranger = signUp("Stan Stranger", "stan.categories@example.org");
        fixtures = new EventFixtures(eventService, organizer.id());
    }

    @Test
    void anOrganizerNamesCategoriesAndTicksWhoMayMeet() {
        var event = fixtures.published("Curated evening", "Hall 1");
        signInAs(organizer);
        open(event);

        _click(_get(Button.class, spec -> spec.withId("add-category")));
        _click(_get(Button.class, spec -> spec.withId("add-category")));
        _setValue(_get(TextField.class, spec -> spec.withId("category-name-1")), "Founders");
        _setValue(_get(TextField.class, spec -> spec.withId("category-name-2")), "Business angels");
        assertThat(_get(Checkbox.class, spec -> spec.withId("category-pair-1-2")).getLabel())
                .isEqualTo("Founders and Business angels");
        _setValue(_get(Checkbox.class, spec -> spec.withId("category-pair-1-2")), true);
        _click(_get(Button.class, spec -> spec.withId("save-categories")));

        var stored = categories.categories(Optional.of(organizer.id()), event.id());
        assertThat(stored.categories()).containsExactly(new Category("founders", "Founders"),
                new Category("business-angels", "Business angels"));
        assertThat(stored.rules()).containsExactly(CategoryPair.of("founders", "business-angels"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("category-pair-1-2")).getValue()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("category-pair-2-2")).getLabel())
                .isEqualTo("Business angels with each other");
    }

    @Test
    void aRenamedCategoryKeepsItsKeyAndAnEmptyNameIsShownAtItsField() {
        var event = fixtures.published("Renamed evening", "Hall 1");
        categories.replace(organizer.id(), event.id(), List.of(new Category("founder", "Founders")),
                List.of(new Rule("founder", "founder")));
        signInAs(organizer);
        open(event);

        _setValue(_get(TextField.class, spec -> spec.withId("category-name-1")), "Start-ups");
        _click(_get(Button.class, spec -> spec.withId("add-category")));
        _click(_get(Button.class, spec -> spec.withId("save-categories")));

        var empty = _get(TextField.class, spec -> spec.withId("category-name-2"));
        assertThat(empty.isInvalid()).isTrue();
        assertThat(empty.getErrorMessage()).isEqualTo("Name must not be empty");
        _click(_get(Button.class, spec -> spec.withId("remove-category-2")));
        _click(_get(Button.class, spec -> spec.withId("save-categories")));
        assertThat(categories.categories(Optional.of(organizer.id()), event.id()).categories())
                .containsExactly(new Category("founder", "Start-ups"));
    }

    @Test
    void thePageIsNotFoundForAnyoneButTheOrganizers() {
        var event = fixtures.published("Closed curation", "Hall 1");
        signInAs(stranger);

        open(event);

        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
    }

    private static void open(Event event) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + event.id() + "/categories");
    }
}
