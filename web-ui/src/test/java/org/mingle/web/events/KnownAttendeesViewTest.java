package org.mingle.web.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.web.events.EventFixtures.BERLIN;
import static org.mingle.web.events.EventFixtures.DAY_AHEAD;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.groups.GroupInput;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.GroupId;
import org.mingle.web.vaadin.KaribuViewTest;

/**
 * Memory across events on screen: the event page's "people you know are going", and the reason saying where two
 * people met before, in English and German.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnownAttendeesViewTest extends KaribuViewTest {

    @Inject
    EventService eventService;
    @Inject
    RegistrationService registrations;
    @Inject
    ConnectionService connections;
    @Inject
    ProfileService profiles;
    @Inject
    GroupService groups;

    private Account vera;
    private Account zoe;
    private Account stan;
    private Event earlier;
    private Event next;

    @BeforeAll
    void world() {
        var organizer = signUp("Olga Organizer", "olga.known@example.org");
        vera = signUp("Vera Viewer", "vera.known@example.org");
        zoe = signUp("Zoe Zhang", "zoe.known@example.org");
        stan = signUp("Stan Stranger", "stan.known@example.org");
        earlier = eventService.publish(organizer.id(), eventService.create(organizer.id(),
                EventFixtures.input("Spring breakfast", "Hall 1", DAY_AHEAD.atTime(8, 0), BERLIN)).id());
        next = eventService.publish(organizer.id(), eventService.create(organizer.id(),
                EventFixtures.input("Summer mixer", "Hall 2", DAY_AHEAD.plusDays(30).atTime(18, 0), BERLIN)).id());
        GroupId group = groups.create(organizer.id(), new GroupInput("Circle", "known-view-test", "", List.of(), "",
                null, null, null)).id();
        eventService.attachToGroup(organizer.id(), earlier.id(), group);
        eventService.attachToGroup(organizer.id(), next.id(), group);
        for (Account person : List.of(vera, zoe, stan)) {
            profiles.update(person.id(), new ProfileInput(null, "", "", "", "", null, List.of("Solar"), List.of(),
                    List.of(), List.of(), Map.of()));
            registrations.register(person.id(), earlier.id());
            registrations.register(person.id(), next.id());
        }
        connections.record(vera.id(), earlier.id(), zoe.id(), ConnectionSource.SEARCH);
    }

    @Test
    void theEventPageShowsThePeopleYouKnowWhoAreGoing() {
        signInAs(vera);

        UI.getCurrent().navigate("events/" + next.id());

        assertThat(_get(H2.class, spec -> spec.withId("known-attendees-heading")).getText())
                .isEqualTo("1 person you know is going");
        var people = _find(_get(Component.class, spec -> spec.withId("known-attendees-list")), ListItem.class);
        assertThat(people).hasSize(1);
        var name = _find(people.get(0), RouterLink.class).get(0);
        assertThat(name.getText()).isEqualTo("Zoe Zhang");
        assertThat(name.getHref()).isEqualTo("people/" + zoe.id() + "?event=" + next.id());
    }

    @Test
    void inGermanAndHiddenWhenThereIsNobodyToShow() {
        signInAs(vera);
        UI.getCurrent().setLocale(Locale.GERMANY);

        UI.getCurrent().navigate("events/" + next.id());

        assertThat(_get(H2.class, spec -> spec.withId("known-attendees-heading")).getText())
                .isEqualTo("1 Person, die du kennst, kommt");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        signInAs(stan);
        UI.getCurrent().navigate("events/" + next.id());
        _assertNone(H2.class, spec -> spec.withId("known-attendees-heading"));
    }

    @Test
    void peopleToMeetSayWhereTheTwoMetBeforeInTheViewersLanguage() {
        signInAs(vera);

        UI.getCurrent().navigate("events/" + next.id() + "/people");
        var reasons = _find(_get(Component.class, spec -> spec.withId("reasons-" + zoe.id())), ListItem.class);
        assertThat(reasons).filteredOn(item -> "MET_BEFORE".equals(item.getElement().getAttribute("data-kind")))
                .extracting(ListItem::getText).containsExactly("You met at Spring breakfast");

        UI.getCurrent().setLocale(Locale.GERMANY);
        UI.getCurrent().navigate("events/" + earlier.id());
        UI.getCurrent().navigate("events/" + next.id() + "/people");
        var german = _find(_get(Component.class, spec -> spec.withId("reasons-" + zoe.id())), ListItem.class);
        assertThat(german).extracting(ListItem::getText).contains("Ihr habt euch bei Spring breakfast kennengelernt");
        _assertNone(Component.class, spec -> spec.withId("reasons-" + vera.id()));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }
}
