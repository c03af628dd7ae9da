package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.Await;
import org.mingle.testsupport.MicronautPostgres;
import org.postgresql.PGConnection;

/**
 * On one instance, an event's model is built once and then follows every kind of change as soon as the changing call
 * returns: a profile edit, people confirmed (registering, approved, moved up from the waitlist) and leaving, a block,
 * a connection and a match; a lifted block follows in the background. A rolled-back change changes nothing and tells
 * no one.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingModelsTest implements MicronautPostgres {

    @Inject
    MatchingModels models;
    @Inject
    RecommendationService recommendations;
    @Inject
    ProfileService profiles;
    @Inject
    AccountService accounts;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingRequestService meetings;
    @Inject
    BlockService blocks;
    @Inject
    ConnectionService connections;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    DSLContext sql;
    @Value("${datasources.default.url}")
    String url;
    @Value("${datasources.default.username}")
    String user;
    @Value("${datasources.default.password}")
    String password;

    private AccountId organizer;

    @BeforeAll
    void world() {
        organizer = TestAccounts.signUp(accounts, "Olga Organizer").id();
    }

    @Test
    void readsShareTheModelBuiltOnceUntilSomethingChanges() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana");
        var ben = attendee(event, "Ben");

        var first = models.of(event);
        assertThat(ids(ana, event)).containsExactly(ben);
        assertThat(ids(ben, event)).containsExactly(ana);

        assertThat(models.of(event)).isSameAs(first);
    }

    @Test
    void everyKindOfChangeShowsAsSoonAsTheChangingCallReturns() {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana");
        var ben = attendee(event, "Ben");
        var cid = attendee(event, "Cid");
        assertThat(ids(ana, event)).containsExactlyInAnyOrder(ben, cid);

        profiles.update(ben, profile("Ben", "Ben's new headline"));
        assertThat(headlineOf(ben, ana, event)).isEqualTo("Ben's new headline");

        var dan = person("Dan");
        registrations.register(dan, event);
        assertThat(ids(ana, event)).contains(dan);
        registrations.cancel(dan, event);
        assertThat(ids(ana, event)).doesNotContain(dan);

        blocks.block(ben, ana);
        assertThat(ids(ana, event)).doesNotContain(ben);
        assertThat(ids(ben, event)).doesNotContain(ana);

        connections.record(ana, event, cid, ConnectionSource.SEARCH);
        assertThat(ids(ana, event)).doesNotContain(cid);

        var eve = attendee(event, "Eve");
        meetings.accept(eve, event, meetings.request(ben, event, eve, null).id());
        assertThat(ids(ben, event)).doesNotContain(eve);
        assertThat(ids(ana, event)).contains(eve);

        blocks.unblock(ben, ana); // taking a pair out reads the event again, in the background
        awaitTrue(() -> ids(ana, event).contains(ben), Duration.ofSeconds(5));
    }

    @Test
    void peopleApprovedOrMovedUpFromTheWaitlistJoinTheModel() {
        var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        var full = events.publish(organizer, events.create(organizer, new EventInput("Small table", "", start,
                start.plus(Duration.ofHours(2)), "Europe/Lisbon", "Hub", 2, null, false, 0.5, false, 10)).id()).id();
        var ana = attendee(full, "Ana");
        var ben = attendee(full, "Ben");
        var cid = attendee(full, "Cid"); // waitlisted
        assertThat(ids(ana, full)).containsExactly(ben);

        registrations.cancel(ben, full);
        assertThat(ids(ana, full)).containsExactly(cid);

        var approving = events.publish(organizer, events.create(organizer, new EventInput("By approval", "", start,
                start.plus(Duration.ofHours(2)), "Europe/Lisbon", "Hub", 10, null, true, 0.5, false, 10)).id()).id();
        var dan = attendee(approving, "Dan");
        var eve = attendee(approving, "Eve");
        registrations.approve(organizer, approving, registrations.mineAt(dan, approving).orElseThrow().id());
        assertThat(ids(dan, approving)).isEmpty();

        registrations.approve(organizer, approving, registrations.mineAt(eve, approving).orElseThrow().id());
        assertThat(ids(dan, approving)).containsExactly(eve);
    }

    @Test
    void aRolledBackChangeChangesNothingAndTellsNoOne() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        var ana = attendee(event, "Ana");
        var ben = attendee(event, "Ben");
        var model = models.of(event);
        long version = version(event);
        try (Connection listener = DriverManager.getConnection(url, user, password)) {
            listener.createStatement().execute("LISTEN " + ModelVersions.CHANNEL);

            assertThatThrownBy(() -> transactions.executeWrite(status -> {
                profiles.update(ben, profile("Ben", "Never saved"));
                registrations.cancel(ana, event);
                throw new IllegalStateException("changed my mind");
            })).hasMessage("changed my mind");

            var heard = listener.unwrap(PGConnection.class).getNotifications(500);
            assertThat(heard == null ? 0 : heard.length).as("notifications").isZero();
        }
        assertThat(version(event)).isEqualTo(version);
        assertThat(models.of(event)).isSameAs(model);
        assertThat(headlineOf(ben, ana, event)).isEqualTo("Ben's headline");
    }

    @Test
    void aCommittedChangeRaisesTheVersionAndTellsEveryInstance() throws Exception {
        var event = TestEvents.published(events, organizer, 10, false);
        attendee(event, "Ana");
        var ben = attendee(event, "Ben");
        long version = version(event);
        try (Connection listener = DriverManager.getConnection(url, user, password)) {
            listener.createStatement().execute("LISTEN " + ModelVersions.CHANNEL);

            profiles.update(ben, profile("Ben", "Saved"));

            var heard = listener.unwrap(PGConnection.class).getNotifications(2000);
            assertThat(heard).extracting(notification -> notification.getParameter())
                    .containsExactly(event.value() + " " + (version + 1) + " a:" + ben.value());
        }
        assertThat(version(event)).isEqualTo(version + 1);
    }

    private long version(EventId event) {
        var found = sql.fetchOne("select version from matching_versions where event_id = ?", event.value());
        return found == null ? 0 : found.get(0, Long.class);
    }

    private List<AccountId> ids(AccountId viewer, EventId event) {
        return recommendations.recommendations(viewer, event, 10).stream().map(PersonToMeet::accountId).toList();
    }

    private String headlineOf(AccountId person, AccountId viewer, EventId event) {
        return recommendations.recommendations(viewer, event, 10).stream()
                .filter(recommendation -> recommendation.accountId().equals(person))
                .findFirst().orElseThrow().headline();
    }

    private AccountId person(String name) {
        var person = TestPeople.create(sql, 1, name).get(0);
        profiles.update(person, profile(name, name + "'s headline"));
        return person;
    }

    private AccountId attendee(EventId event, String name) {
        var person = person(name);
        registrations.register(person, event);
        return person;
    }

    private static ProfileInput profile(String name, String headline) {
        return new ProfileInput(name, headline, "", "", "", null, List.of("Rust"), List.of(), List.of(), List.of(),
                Map.of("headline", "ATTENDEES"));
    }

    static void awaitTrue(BooleanSupplier condition, Duration timeout) {
        Await.until(condition, timeout, () -> "the models to catch up");
    }
}
