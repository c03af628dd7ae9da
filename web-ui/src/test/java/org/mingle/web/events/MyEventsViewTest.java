package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventService;
import org.mingle.web.vaadin.KaribuViewTest;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyEventsViewTest extends KaribuViewTest {

    @Inject
    EventService eventService;

    private Account owner;
    private Account helper;
    private Account newcomer;

    @BeforeAll
    void eventsAndTeams() {
        owner = signUp("Adele Goldberg", "adele@example.org");
        helper = signUp("Henry Helper", "henry@example.org");
        newcomer = signUp("Nina Newcomer", "nina@example.org");
        var fixtures = new EventFixtures(eventService, owner.id());
        fixtures.draft("Smalltalk retreat", "Palo Alto");
        var published = fixtures.published("Object design clinic", "Xerox PARC");
        eventService.addToTeam(owner.id(), published.id(), "henry@example.org", EventRole.CHECKIN_STAFF, null);
        new EventFixtures(eventService, helper.id()).published("Someone else's summit", "Elsewhere");
    }

    @Test
    void theOwnerSeesTheirDraftsAndPublishedEventsWithRoleAndStatus() {
        signInAs(owner);

        UI.getCurrent().navigate("my-events");

        assertThat(badgesByTitle()).containsOnly(
                Map.entry("Smalltalk retreat", "Owner Draft"),
                Map.entry("Object design clinic", "Owner Published"));
    }

    @Test
    void staffSeeTheEventsTheyWorkAtBesideTheirOwn() {
        signInAs(helper);

        UI.getCurrent().navigate("my-events");

        assertThat(badgesByTitle()).containsOnly(
                Map.entry("Object design clinic", "Check-in staff Published"),
                Map.entry("Someone else's summit", "Owner Published"));
    }

    @Test
    void someoneWithoutEventsIsInvitedToCreateOne() {
        signInAs(newcomer);

        UI.getCurrent().navigate("my-events");

        assertThat(badgesByTitle()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-events-empty")).getText())
                .isEqualTo("You do not organize or staff any events yet.");
    }

    private static Map<String, String> badgesByTitle() {
        var list = _get(Div.class, spec -> spec.withId("my-events-list"));
        return _find(list, RouterLink.class, spec -> spec.withClasses("event-card")).stream()
                .collect(Collectors.toMap(
                        card -> _get(card, Span.class, spec -> spec.withClasses("event-card-title")).getText(),
                        card -> _find(_get(card, Div.class, spec -> spec.withClasses("event-card-badges")), Span.class)
                                .stream().map(Span::getText).collect(Collectors.joining(" "))));
    }
}
