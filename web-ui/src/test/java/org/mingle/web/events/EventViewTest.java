package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.web.events.EventFixtures.DAY_AHEAD;
import static org.mingle.web.events.EventFixtures.ORGANIZER;
import static org.mingle.web.events.EventFixtures.day;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.shell.RouteNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventViewTest extends KaribuViewTest {

    @Inject
    EventService eventService;

    private EventFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new EventFixtures(eventService);
    }

    @Test
    void showsTheTimesInTheEventsZoneAndInTheViewersZoneBesideThem() {
        var event = fixtures.published("Climate tech mixer", "Motorwerk");

        UI.getCurrent().navigate("events/" + event.id());
        MockVaadin.clientRoundtrip(); // the browser reports its zone: Karibu's browser is in Europe/Helsinki

        assertThat(text("event-title")).isEqualTo("Climate tech mixer");
        assertThat(text("event-when")).isEqualTo(day(DAY_AHEAD) + ", 18:30 – 21:30 (Europe/Berlin)");
        assertThat(text("event-local-when"))
                .isEqualTo("Your time: " + day(DAY_AHEAD) + ", 19:30 – 22:30 (Europe/Helsinki)");
        assertThat(text("event-venue")).isEqualTo("Motorwerk");
        assertThat(text("event-capacity")).isEqualTo("40 places · 0 confirmed");
        assertThat(text("event-status")).isEqualTo("Published");
        assertThat(_get(Span.class, spec -> spec.withId("event-status")).getElement().getThemeList())
                .contains("badge", "success");
    }

    @Test
    void showsNoSecondTimeWhenTheViewerIsInTheEventsZone() {
        var helsinki = ZoneId.of("Europe/Helsinki");
        var created = eventService.create(ORGANIZER,
                EventFixtures.input("Nordic founders sauna", "Löyly", DAY_AHEAD.atTime(17, 0), helsinki));

        UI.getCurrent().navigate("events/" + created.id());
        MockVaadin.clientRoundtrip();

        assertThat(text("event-when")).isEqualTo(day(DAY_AHEAD) + ", 17:00 – 20:00 (Europe/Helsinki)");
        _assertNone(Span.class, spec -> spec.withId("event-local-when")); // hidden
    }

    @Test
    void theOrganizerPublishesADraft() {
        var draft = fixtures.draft("Product people breakfast", "Café Kranzler");

        UI.getCurrent().navigate("events/" + draft.id());
        assertThat(text("event-status")).isEqualTo("Draft");
        var publish = _get(Button.class, spec -> spec.withId("publish"));

        _click(publish);

        assertThat(text("event-status")).isEqualTo("Published");
        assertThat(publish.isVisible()).isFalse();
        assertThat(eventService.get(Optional.empty(), draft.id()).status()).isEqualTo(EventStatus.PUBLISHED);
        NotificationsKt.expectNotifications("Published: anyone can now find this event.");
    }

    @Test
    void aPublishedEventOffersNoPublishButton() {
        var published = fixtures.published("Angel investors roundtable", "Soho House");

        UI.getCurrent().navigate("events/" + published.id());

        assertThat(text("event-status")).isEqualTo("Published");
        _assertNone(Button.class, spec -> spec.withId("publish"));
    }

    @Test
    void anUnknownEventIdShowsTheNotFoundPage() {
        UI.getCurrent().navigate("events/" + UUID.randomUUID());

        var notFound = _get(ObjectNotFoundView.class);
        assertThat(notFound.getId()).contains("not-found");
        assertThat(notFound.heading()).isEqualTo("Event not found");
        _assertNone(EventView.class);
    }

    @Test
    void somethingThatIsNoEventIdShowsTheNotFoundPage() {
        UI.getCurrent().navigate("events/not-an-id");

        assertThat(_get(ObjectNotFoundView.class).heading()).isEqualTo("Event not found");
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPage() {
        // As when the browser opens the address: an unknown route is rendered by the server's router.
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PAGE_LOAD);

        var notFound = _get(RouteNotFoundView.class);
        assertThat(notFound.getId()).contains("not-found");
        assertThat(notFound.heading()).isEqualTo("Page not found");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }
}
