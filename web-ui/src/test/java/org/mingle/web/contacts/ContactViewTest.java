package org.mingle.web.contacts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.contacts.KeepInTouchEvery;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.vaadin.KaribuViewTest;

/** A contact's page and the network's "time to get in touch" (decision 48). */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactViewTest extends KaribuViewTest {

    @Inject
    ConnectionService connections;
    @Inject
    ContactService contacts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    DSLContext sql;

    private Account organizer;
    private int people;

    @BeforeAll
    void organizer() {
        organizer = signUp("Olga Organizer", "olga.contacts@example.org");
    }

    @Test
    void thePageShowsTheTimelineTheEventsAheadAndKeepsInTouch() {
        var ana = person("Ana Alves");
        var ben = person("Ben Bauer");
        var breakfast = event("Climate breakfast", List.of(ana, ben));
        var met = connections.record(ana.id(), breakfast, ben.id(), ConnectionSource.CODE).connection().id();
        connections.update(ana.id(), met, new NotesPatch(Optional.of("Wants the deck"), null, null, null, null));
        signInAs(ana);

        UI.getCurrent().navigate("network/" + ben.id());

        assertThat(_find(ListItem.class, spec -> spec.withClasses("contact-timeline-item")))
                .extracting(item -> item.getElement().getAttribute("data-kind")).containsExactly("NOTE", "CONNECTED");
        assertThat(_find(Paragraph.class, spec -> spec.withText("Wants the deck"))).hasSize(1);
        assertThat(_get(ListItem.class, spec -> spec.withId("contact-upcoming-" + breakfast)).getElement()
                .getTextRecursively()).contains("Climate breakfast");
        assertThat(_find(Paragraph.class, spec -> spec.withId("keep-in-touch-due"))).as("hidden while off").isEmpty();
        Select<KeepInTouchEvery> every = keepInTouch();
        assertThat(every.getValue()).isNull();

        _setValue(every, KeepInTouchEvery.P90D);

        NotificationsKt.expectNotifications("You will be reminded to get in touch with Ben Bauer every 90 days.");
        assertThat(contacts.contact(ana.id(), ben.id()).keepInTouchEvery()).isEqualTo(KeepInTouchEvery.P90D);
        assertThat(_get(Paragraph.class, spec -> spec.withId("keep-in-touch-due")).getText())
                .startsWith("Time to get in touch from ");
        _setValue(every, null);
        assertThat(contacts.contact(ana.id(), ben.id()).keepInTouchEvery()).isNull();
    }

    @Test
    void theNetworkLinksEachCardToItsPageAndListsWhoIsDueThisWeekInGerman() {
        var ana = person("Ana Alves");
        var ben = person("Ben Bauer");
        var cleo = person("Cleo Clarke");
        var breakfast = event("Klimafrühstück", List.of(ana, ben, cleo));
        var withBen = connections.record(ana.id(), breakfast, ben.id(), ConnectionSource.CODE).connection().id();
        connections.record(ana.id(), breakfast, cleo.id(), ConnectionSource.CODE);
        sql.execute("update connections set created_at = created_at - interval '40 days' where id = ?",
                withBen.value());
        contacts.keepInTouch(ana.id(), ben.id(), KeepInTouchEvery.P30D);
        contacts.keepInTouch(ana.id(), cleo.id(), KeepInTouchEvery.P30D);
        signInAs(ana);
        UI.getCurrent().setLocale(Locale.GERMANY);

        UI.getCurrent().navigate("network");

        var link = _get(RouterLink.class, spec -> spec.withId("connection-" + withBen + "-timeline"));
        assertThat(link.getHref()).isEqualTo("network/" + ben.id());
        assertThat(link.getText()).isEqualTo("Verlauf und in Kontakt bleiben");
        assertThat(_get(Section.class, spec -> spec.withId("network-keep-in-touch")).isVisible()).isTrue();
        assertThat(_find(ListItem.class, spec -> spec.withClasses("contact-list-item")))
                .singleElement().satisfies(item -> assertThat(item.getElement().getTextRecursively())
                        .contains("Ben Bauer", "seit ", "Zuletzt getroffen bei Klimafrühstück"));
        assertThat(_get(RouterLink.class, spec -> spec.withId("keep-in-touch-" + ben.id())).getHref())
                .isEqualTo("network/" + ben.id());

        UI.getCurrent().navigate("network/" + cleo.id());
        assertThat(keepInTouch().getLabel()).isEqualTo("In Kontakt bleiben alle");
        assertThat(keepInTouch().getItemLabelGenerator().apply(KeepInTouchEvery.P30D)).isEqualTo("30 Tage");
    }

    @Test
    void someoneWhoIsNoContactShowsTheNotFoundPage() {
        var ana = person("Ana Alves");
        var stranger = person("Stan Stranger");
        event("Climate breakfast", List.of(ana, stranger));
        signInAs(ana);

        UI.getCurrent().navigate("network/" + stranger.id());
        _get(ObjectNotFoundView.class);
        UI.getCurrent().navigate("network/not-an-id");
        _get(ObjectNotFoundView.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<KeepInTouchEvery> keepInTouch() {
        return _get(Select.class, spec -> spec.withId("keep-in-touch"));
    }

    private Account person(String name) {
        people++;
        return signUp(name, "person" + people + ".contacts@example.org");
    }

    private EventId event(String title, List<Account> attendees) {
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        var draft = events.create(organizer.id(), new EventInput(title, "", start, start.plus(Duration.ofHours(3)),
                "Europe/Berlin", "Hall 3", 50, null, false, 0.5));
        var event = events.publish(organizer.id(), draft.id()).id();
        attendees.forEach(attendee -> registrations.register(attendee.id(), event));
        return event;
    }
}
