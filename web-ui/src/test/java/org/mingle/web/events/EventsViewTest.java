package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.web.events.EventFixtures.DAY_AHEAD;
import static org.mingle.web.events.EventFixtures.day;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsViewTest extends KaribuViewTest {

    @Inject
    EventService eventService;

    private Event rustMeetup;
    private Event kotlinBreakfast;
    private Event draft;

    @BeforeAll
    void createEvents() {
        var organizer = signUp("Margaret Hamilton", "margaret@example.org");
        var fixtures = new EventFixtures(eventService, organizer.id());
        rustMeetup = fixtures.published("Rust meetup", "Factory Berlin");
        kotlinBreakfast = fixtures.published("Kotlin breakfast", "Betahaus");
        draft = fixtures.draft("Secret draft summit", "Somewhere");
    }

    @Test
    void listsPublishedUpcomingEventsWithTheirLocalTimeVenueAndCapacity() {
        UI.getCurrent().navigate("events");

        Map<String, RouterLink> cards = cardsByTitle();
        assertThat(cards).containsOnlyKeys("Rust meetup", "Kotlin breakfast");

        var card = cards.get("Rust meetup");
        assertThat(text(card, "event-card-when")).isEqualTo(day(DAY_AHEAD) + ", 18:30 (Europe/Berlin)");
        assertThat(text(card, "event-card-venue")).isEqualTo("Factory Berlin");
        assertThat(text(card, "event-card-capacity")).isEqualTo("0 of 40 seats taken");
        assertThat(card.getHref()).isEqualTo("events/" + rustMeetup.id());
        _assertNone(Paragraph.class, spec -> spec.withId("events-empty")); // hidden
    }

    @Test
    void hidesDrafts() {
        UI.getCurrent().navigate("");

        assertThat(cardsByTitle()).doesNotContainKey("Secret draft summit");
        assertThat(_find(RouterLink.class, spec -> spec.withAttribute("data-event-id", draft.id().toString())))
                .isEmpty();
    }

    @Test
    void searchFiltersTheList() {
        UI.getCurrent().navigate("events");
        var search = _get(TextField.class, spec -> spec.withId("search"));

        _setValue(search, "rust");
        assertThat(cardsByTitle()).containsOnlyKeys("Rust meetup");

        _setValue(search, "betahaus");
        assertThat(cardsByTitle()).containsOnlyKeys("Kotlin breakfast");

        _setValue(search, "no such words anywhere");
        assertThat(cardsByTitle()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("events-empty")).getText()).startsWith("No upcoming events");

        _setValue(search, "");
        assertThat(cardsByTitle()).containsOnlyKeys("Rust meetup", "Kotlin breakfast");
    }

    @Test
    void searchTextInTheAddressFiltersToo() {
        UI.getCurrent().navigate("events", EventsView.searchFor("kotlin"));

        assertThat(_get(TextField.class, spec -> spec.withId("search")).getValue()).isEqualTo("kotlin");
        assertThat(cardsByTitle()).containsOnlyKeys("Kotlin breakfast");
    }

    @Test
    void clickingACardOpensTheEvent() {
        UI.getCurrent().navigate("events");

        RouterLinkKt._click(cardsByTitle().get("Kotlin breakfast"));

        assertThat(_get(EventView.class)).isNotNull();
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("event-title")).getText())
                .isEqualTo("Kotlin breakfast");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("events/" + kotlinBreakfast.id());
    }

    static Map<String, RouterLink> cardsByTitle() {
        var list = _get(Div.class, spec -> spec.withId("events-list"));
        List<RouterLink> cards = _find(list, RouterLink.class, spec -> spec.withClasses("event-card"));
        return cards.stream().collect(Collectors.toMap(card -> text(card, "event-card-title"), card -> card));
    }

    static String text(RouterLink card, String className) {
        return _get(card, Span.class, spec -> spec.withClasses(className)).getText();
    }
}
