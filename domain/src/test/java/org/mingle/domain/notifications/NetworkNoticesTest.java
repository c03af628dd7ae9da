package org.mingle.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.connections.NetworkFilter;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.contacts.KeepInTouchEvery;
import org.mingle.domain.events.EventHeadline;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.registration.RegistrationChanged;
import org.mingle.domain.registration.RegistrationChanged.Change;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Notices about one's network (decision 48): "someone from my network is going to my event", only for those who turned
 * it on; and the keep-in-touch reminder, with what the two talked about last.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkNoticesTest implements MicronautPostgres {

    @Inject
    ApplicationContext context;
    @Inject
    NotificationService notifications;
    @Inject
    KeepInTouchNotices keepInTouch;
    @Inject
    NetworkNotices network;
    @Inject
    ContactService contacts;
    @Inject
    ConnectionService connections;
    @Inject
    BlockService blocks;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    AccountService accounts;
    @Inject
    DSLContext sql;

    private AccountId organizer;
    private EventId earlier;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Network").id();
        earlier = TestEvents.published(events, organizer, 10, false);
    }

    @Test
    void peopleWhoTurnedItOnHearWhenSomeoneFromTheirNetworkTakesASeatAtTheirEvent() {
        EventId next = TestEvents.published(events, organizer, 10, false);
        var ana = person("Ana");
        var ben = person("Ben"); // connected, turned it on
        var cleo = person("Cleo"); // connected, left it off (the default)
        var dan = person("Dan"); // connected, turned it on, not going
        var eve = person("Eve"); // going, turned it on, never connected
        var finn = person("Finn"); // connected, turned it on, blocked by Ana
        var gus = person("Gus"); // turned it on, removed Ana from his network
        for (AccountId other : List.of(ben, cleo, dan, finn, gus)) {
            connections.record(ana, earlier, other, ConnectionSource.CODE);
        }
        connections.remove(gus, connections.network(gus, NetworkFilter.ALL).get(0).id());
        blocks.block(ana, finn);
        for (AccountId person : List.of(ben, dan, eve, finn, gus)) {
            notifications.changeSettings(person, Map.of(NotificationCategory.NETWORK, Delivery.IN_APP_ONLY));
        }
        for (AccountId person : List.of(ben, cleo, eve, finn, gus)) {
            TestNotices.register(context, person, next);
        }

        TestNotices.register(context, ana, next);

        assertThat(told(ben)).singleElement().satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("Ana 0 is going to Founders meet investors");
            assertThat(notice.body()).startsWith("Ana 0, from your network, registered for Founders meet investors,"
                    + " which you attend too.");
            assertThat(notice.link()).contains("/network/" + ana);
            assertThat(notice.event()).contains(next);
        });
        for (AccountId person : List.of(cleo, dan, eve, finn, gus)) {
            assertThat(told(person)).as(person.toString()).isEmpty();
        }
        assertThat(told(ana)).as("Ana left it off").isEmpty();
    }

    @Test
    void seatsToldTogetherReachEachRegistrantsOwnNetwork() {
        EventId next = TestEvents.published(events, organizer, 10, false);
        var ana = person("Ana");
        var ben = person("Ben");
        var eve = person("Eve"); // nobody in her network
        var cleo = person("Cleo"); // knows Ana and Ben
        var dan = person("Dan"); // knows only Ben
        var gus = person("Gus"); // knows Cleo, and is only waitlisted
        connections.record(ana, earlier, cleo, ConnectionSource.CODE);
        connections.record(gus, earlier, cleo, ConnectionSource.CODE);
        connections.record(ben, earlier, cleo, ConnectionSource.CODE);
        connections.record(ben, earlier, dan, ConnectionSource.CODE);
        for (AccountId person : List.of(cleo, dan)) {
            notifications.changeSettings(person, Map.of(NotificationCategory.NETWORK, Delivery.IN_APP_ONLY));
            TestNotices.register(context, person, next);
        }
        var headline = EventHeadline.of(events.forItsRegistrants(next));

        // As the writer tells the seats of several registrations committed together.
        network.tell(List.of(seat(next, ana, headline), seat(next, ben, headline), seat(next, eve, headline),
                new RegistrationChanged(next, gus, Change.WAITLISTED, Optional.of(1), headline)));

        assertThat(told(cleo)).extracting(Notification::title).containsExactlyInAnyOrder(
                "Ana 0 is going to Founders meet investors", "Ben 0 is going to Founders meet investors");
        assertThat(told(dan)).extracting(Notification::title)
                .containsExactly("Ben 0 is going to Founders meet investors");
        for (AccountId person : List.of(ana, ben, eve, gus)) {
            assertThat(told(person)).as(person.toString()).isEmpty();
        }
    }

    private static RegistrationChanged seat(EventId event, AccountId account, EventHeadline headline) {
        return new RegistrationChanged(event, account, Change.CONFIRMED, Optional.empty(), headline);
    }

    @Test
    void turningItOffAgainStopsItAndOnlyOptInCategoriesCanBeOff() {
        EventId next = TestEvents.published(events, organizer, 10, false);
        var ana = person("Ana");
        var ben = person("Ben");
        connections.record(ana, earlier, ben, ConnectionSource.CODE);
        assertThat(notifications.settings(ben)).containsEntry(NotificationCategory.NETWORK, Delivery.OFF);
        notifications.changeSettings(ben, Map.of(NotificationCategory.NETWORK, Delivery.IMMEDIATE));
        notifications.changeSettings(ben, Map.of(NotificationCategory.NETWORK, Delivery.OFF));
        TestNotices.register(context, ben, next);

        TestNotices.register(context, ana, next);

        assertThat(told(ben)).isEmpty();
        assertThatThrownBy(() -> notifications.changeSettings(ben, Map.of(NotificationCategory.MEETINGS,
                Delivery.OFF))).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                refused.errors()).singleElement().satisfies(error -> assertThat(error.field())
                .isEqualTo("categories.MEETINGS")));
        assertThat(notifications.settings(ben)).containsEntry(NotificationCategory.MEETINGS, Delivery.IMMEDIATE);
    }

    @Test
    void theKeepInTouchReminderSaysWhatWeTalkedAboutAndComesOnce() {
        var ana = person("Ana");
        var ben = person("Ben");
        var met = connections.record(ana, earlier, ben, ConnectionSource.CODE).connection().id();
        connections.update(ana, met, new NotesPatch(Optional.of("Wants an intro to the grid team"), null, null, null,
                null));
        var ago = Duration.ofDays(45).toString();
        sql.execute("update connections set created_at = created_at - ?::interval where id = ?", ago, met.value());
        contacts.keepInTouch(ana, ben, KeepInTouchEvery.P30D);

        keepInTouch.noticeAll();
        keepInTouch.noticeAll();

        var reminders = notifications.list(ana, false, PageRequest.of(0, 50)).items().stream()
                .filter(n -> n.kind() == NotificationKind.KEEP_IN_TOUCH).toList();
        assertThat(reminders).singleElement().satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("Time to get in touch with Ben 0");
            assertThat(notice.body()).isEqualTo("You wanted to keep in touch every 30 days. Your last note (Founders"
                    + " meet investors): \u201cWants an intro to the grid team\u201d");
            assertThat(notice.link()).contains("/network/" + ben);
        });
    }

    private List<Notification> told(AccountId person) {
        return notifications.list(person, false, PageRequest.of(0, 50)).items().stream()
                .filter(n -> n.kind() == NotificationKind.NETWORK_REGISTERED).toList();
    }

    private AccountId person(String name) {
        var person = TestPeople.create(sql, 1, name).get(0);
        TestNotices.register(context, person, earlier);
        return person;
    }
}
