package org.mingle.web.endorsements;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.EVENTS;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.connections.ConnectionId;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.web.profiles.ProfileFixtures;
import org.mingle.web.shell.Routes;
import org.mingle.web.vaadin.KaribuViewTest;

/**
 * Endorsing from "My network", approving and hiding under "My profile", and the counts on the person's page, in
 * English and German.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndorsementViewsTest extends KaribuViewTest {

    @Inject
    ConnectionService connections;
    @Inject
    EndorsementService endorsements;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    ProfileService profileService;
    @Inject
    DSLContext sql;

    private Account organizer;

    @BeforeAll
    void organizer() {
        organizer = signUp("Olga Organizer", "olga.endorsements@example.org");
    }

    @Test
    void endorsingFromTheNetworkThenApprovingShowsTheCountOnTheProfile() {
        var ana = person("Ana Alves");
        var ben = person("Ben Bauer");
        var event = event("Storage summit", true, ana, ben);
        var connection = connect(ben, event, ana);
        signInAs(ben);
        openConnection(connection);

        _click(_get(Button.class, spec -> spec.withId("endorse-connection")));
        CheckboxGroup<String> topics = topics();
        assertThat(topics.getListDataView().getItems()).containsExactly("Battery storage", "Grid", "Policy");
        _click(send());
        assertThat(topics.isInvalid()).as("no topic ticked").isTrue();
        assertThat(topics.getErrorMessage()).isEqualTo("Choose at least one of their interests");

        _setValue(topics, Set.of("Battery storage", "Grid"));
        _setValue(_get(TextArea.class, spec -> spec.withId("endorse-note")), "Ran the pilot.");
        _click(send());

        NotificationsKt.expectNotifications("Ana Alves is told of your endorsement.");
        assertThat(text("connection-endorsed")).startsWith("You endorsed Ana Alves for ").contains("Grid");
        _assertNone(Button.class, spec -> spec.withId("endorse-connection"));

        signInAs(ana);
        UI.getCurrent().navigate(Routes.MY_PROFILE);
        assertThat(_get(RouterLink.class, spec -> spec.withId("my-endorsements-link")).getText())
                .isEqualTo("Endorsements: 1 waiting for your approval");
        UI.getCurrent().navigate(Routes.MY_ENDORSEMENTS);
        assertThat(text("endorsements-pending-heading")).isEqualTo("Waiting for your approval (1)");
        var card = cardIds().get(0);
        assertThat(text(card + "-name")).isEqualTo("Ben Bauer");
        assertThat(text(card + "-met")).startsWith("Met at Storage summit · ");
        assertThat(text(card + "-note")).isEqualTo("Ran the pilot.");
        assertThat(endorsements.approvedTopicsOf(ana.id())).isEmpty();

        _click(_get(Button.class, spec -> spec.withId(card + "-approve")));

        NotificationsKt.expectNotifications("The endorsement from Ben Bauer shows on your profile.");
        assertThat(text("endorsements-pending-heading")).isEqualTo("Waiting for your approval (0)");
        assertThat(text("endorsements-approved-heading")).isEqualTo("Shown on your profile (1)");
        assertThat(_find(Button.class, spec -> spec.withId(card + "-approve"))).isEmpty();

        signInAs(ben);
        navigate(Routes.person(ana.id(), event));
        assertThat(topicLines()).containsExactly("Endorsed for Battery storage by 1 person met at 1 event",
                        "Endorsed for Grid by 1 person met at 1 event");

        signInAs(ana);
        UI.getCurrent().navigate(Routes.MY_ENDORSEMENTS);
        _click(_get(Button.class, spec -> spec.withId(card + "-hide")));
        assertThat(text("endorsements-approved-heading")).isEqualTo("Shown on your profile (0)");
        assertThat(endorsements.approvedTopicsOf(ana.id())).isEmpty();
        signInAs(ben);
        navigate(Routes.person(ana.id(), event));
        _assertNone(Div.class, spec -> spec.withId("person-endorsements"));
    }

    @Test
    void beforeTheEventBeginsTheDialogSaysWhy() {
        var cy = person("Cy Chen");
        var dee = person("Dee Dorn");
        var event = event("Upcoming mixer", false, cy, dee);
        var connection = connect(dee, event, cy);
        signInAs(dee);
        openConnection(connection);

        _click(_get(Button.class, spec -> spec.withId("endorse-connection")));
        _setValue(topics(), Set.of("Grid"));
        _click(send());

        assertThat(text("endorse-error")).isEqualTo("You can endorse Cy Chen once you have met at Upcoming mixer: "
                + "from the event's start once you connected there, or after a meeting held there.");
        _assertNone(Div.class, spec -> spec.withId("connection-endorsed").withText("You endorsed"));
    }

    @Test
    void aGermanPageShowsTheEndorsementsInGerman() {
        var eli = person("Eli Engel");
        var fay = person("Fay Fuchs");
        var event = event("Speicher-Abend", true, eli, fay);
        var given = endorsements.endorseConnection(fay.id(), connect(fay, event, eli), List.of("Grid"), "");
        endorsements.approve(eli.id(), given.id());
        signInAs(fay);
        UI.getCurrent().setLocale(Locale.GERMANY);

        navigate(Routes.person(eli.id(), event));
        assertThat(topicLines()).containsExactly("Empfohlen für Grid von 1 Person, getroffen bei 1 Veranstaltung");

        signInAs(eli);
        UI.getCurrent().setLocale(Locale.GERMANY);
        UI.getCurrent().navigate(Routes.MY_ENDORSEMENTS);
        assertThat(text("endorsements-approved-heading")).isEqualTo("In deinem Profil sichtbar (1)");
        assertThat(_get(Button.class, spec -> spec.withId(cardIds().get(0) + "-hide")).getText())
                .isEqualTo("Ausblenden");
    }

    private Account person(String name) {
        var account = signUp(name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + UUID.randomUUID()
                + "@example.org");
        new ProfileFixtures(profileService).save(account.id(), "", List.of("Battery storage", "Grid", "Policy"),
                List.of(), List.of(), List.of());
        return account;
    }

    /** A published event with these attendees; {@code begun} moves its start an hour into the past. */
    private EventId event(String title, boolean begun, Account... attendees) {
        Instant start = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);
        var draft = events.create(organizer.id(), new EventInput(title, "", start, start.plus(Duration.ofHours(3)),
                "Europe/Berlin", "Hall 3", 50, null, false, 0.5));
        var event = events.publish(organizer.id(), draft.id()).id();
        for (var attendee : attendees) {
            registrations.register(attendee.id(), event);
        }
        if (begun) {
            var began = Instant.now().minus(Duration.ofHours(1));
            sql.update(EVENTS).set(EVENTS.STARTS_AT, began).set(EVENTS.ENDS_AT, began.plus(Duration.ofHours(3)))
                    .where(EVENTS.ID.eq(event)).execute();
        }
        return event;
    }

    private ConnectionId connect(Account from, EventId event, Account to) {
        return connections.record(from.id(), event, to.id(), ConnectionSource.SEARCH).connection().id();
    }

    private static void openConnection(ConnectionId connection) {
        UI.getCurrent().navigate("");
        navigate(Routes.network(connection));
    }

    private static void navigate(Location location) {
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<String> topics() {
        return _get(CheckboxGroup.class, spec -> spec.withId("endorse-topics"));
    }

    private static Button send() {
        return _get(Button.class, spec -> spec.withId("send-endorsement"));
    }

    /** The lines of the endorsements on the person page. */
    private static List<String> topicLines() {
        return _get(UnorderedList.class, spec -> spec.withId("person-endorsement-topics")).getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
    }

    private static List<String> cardIds() {
        return _find(Div.class, spec -> spec.withClasses("endorsement-card")).stream()
                .map(card -> card.getId().orElse("")).toList();
    }

    private static String text(String id) {
        return ((HasText) _get(Component.class, spec -> spec.withId(id))).getText();
    }
}
