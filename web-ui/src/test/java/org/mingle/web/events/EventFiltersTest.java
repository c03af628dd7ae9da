package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.web.events.EventsViewTest.cardsByTitle;
import static org.mingle.web.events.EventsViewTest.text;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;
import org.mingle.web.vaadin.KaribuViewTest;

/** The search and filters of the front page, and what the address keeps of them. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventFiltersTest extends KaribuViewTest {

    @Inject
    EventService eventService;

    private AccountId organizer;

    @BeforeAll
    void createEvents() {
        organizer = signUp("Grace Hopper", "grace@example.org").id();
        published("Zürich founders apéro", "Kaufleuten", 10, List.of("Startups"), "Zürich", false);
        published("Berlin design breakfast", "Betahaus", 20, List.of("design"), "Berlin", false);
        published("Remote AI hour", "", 30, List.of("ai", "startups"), "", true);
    }

    @Test
    void searchIgnoresAccentsAndFindsWordForms() {
        UI.getCurrent().navigate("events");

        _setValue(search(), "zurich founder");
        assertThat(cardsByTitle()).containsOnlyKeys("Zürich founders apéro");
    }

    @Test
    void filtersFromTheAddressAreShownAndApplied() {
        UI.getCurrent().navigate("events", QueryParameters.simple(Map.of("topic", "startups", "city", "zurich")));

        assertThat(cardsByTitle()).containsOnlyKeys("Zürich founders apéro");
        assertThat(_get(TextField.class, spec -> spec.withId("filter-topic")).getValue()).isEqualTo("startups");
        assertThat(_get(TextField.class, spec -> spec.withId("filter-city")).getValue()).isEqualTo("zurich");
        assertThat(_get(Details.class, spec -> spec.withId("filter-details")).isOpened()).isTrue();
    }

    @Test
    void changingAFilterKeepsItInTheAddressAndFiltersTheList() {
        UI.getCurrent().navigate("events");
        assertThat(_get(Details.class, spec -> spec.withId("filter-details")).isOpened()).isFalse();

        @SuppressWarnings("unchecked")
        Select<String> online = _get(Select.class, spec -> spec.withId("filter-online"));
        _setValue(online, "true");

        var card = cardsByTitle().get("Remote AI hour");
        assertThat(cardsByTitle()).containsOnlyKeys("Remote AI hour");
        assertThat(text(card, "event-card-online")).isEqualTo("Online");
        assertThat(text(card, "event-card-topics")).isEqualTo("ai · startups");

        _setValue(online, "false");
        assertThat(cardsByTitle()).containsOnlyKeys("Zürich founders apéro", "Berlin design breakfast");
        assertThat(text(cardsByTitle().get("Zürich founders apéro"), "event-card-venue"))
                .isEqualTo("Kaufleuten, Zürich");
    }

    @Test
    void aDateRangeKeepsTheEventsInIt() {
        UI.getCurrent().navigate("events", QueryParameters.simple(Map.of(
                "from", EventFixtures.DAY_AHEAD.plusDays(15).toString(),
                "to", EventFixtures.DAY_AHEAD.plusDays(25).toString())));

        assertThat(cardsByTitle()).containsOnlyKeys("Berlin design breakfast");
        assertThat(_get(DatePicker.class, spec -> spec.withId("filter-from")).getValue())
                .isEqualTo(EventFixtures.DAY_AHEAD.plusDays(15));
    }

    @Test
    void nothingFoundSaysSo() {
        UI.getCurrent().navigate("events", QueryParameters.simple(Map.of("q", "kubernetes")));

        assertThat(cardsByTitle()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("events-empty")).getText()).startsWith("No upcoming events");
    }

    @Test
    void overLongWordsOrAWrongDateInTheAddressAreExplainedNotFailed() {
        UI.getCurrent().navigate("events", QueryParameters.simple(Map.of("q", "x".repeat(201), "from", "soon")));

        assertThat(search().isInvalid()).isTrue();
        assertThat(search().getErrorMessage()).isEqualTo("Must be at most 200 characters");
        assertThat(_get(DatePicker.class, spec -> spec.withId("filter-from")).getValue()).isNull();
        assertThat(cardsByTitle()).isEmpty();
    }

    private static TextField search() {
        return _get(TextField.class, spec -> spec.withId("search"));
    }

    private void published(String title, String venue, int daysLater, List<String> topics, String city,
                           boolean online) {
        LocalDateTime start = EventFixtures.DAY_AHEAD.plusDays(daysLater).atTime(18, 30);
        var base = EventFixtures.input(title, venue, start, EventFixtures.BERLIN);
        var draft = eventService.create(organizer, new EventInput(base.title(), base.description(), base.startsAt(),
                base.endsAt(), base.timeZone(), base.venue(), base.capacity(), null, false, 0.5, null, null, topics,
                city, online));
        eventService.publish(organizer, draft.id());
    }
}
