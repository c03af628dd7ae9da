package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.domain.matching.MatchingModelsTest.awaitTrue;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.ConnectionSource;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.TestDatabase;
import org.mingle.testsupport.TestDatabases;

/**
 * Three application contexts on one database, as three app instances: a change made on one reaches the models of the
 * others within a second; a notification that never arrives is caught by the version check, a connection nobody heard
 * of by the count check (and, as the controls show, by nothing else); a listening connection that drops catches up
 * when it is back.
 */
class MatchingAcrossInstancesTest {

    private static TestDatabase database;
    private static ApplicationContext writer;
    private static ApplicationContext reader; // checks versions every 200 ms
    private static ApplicationContext unchecked; // never checks versions on its own

    @BeforeAll
    static void instances() {
        database = TestDatabases.create();
        writer = instance(Map.of());
        reader = instance(Map.of("mingle.matching.version-check-interval", "200ms"));
        unchecked = instance(Map.of("mingle.matching.version-check-interval", "0s"));
    }

    @AfterAll
    static void stop() {
        for (var context : List.of(writer, reader, unchecked)) {
            context.close();
        }
    }

    private static ApplicationContext instance(Map<String, String> settings) {
        var properties = new HashMap<String, Object>(database.micronautProperties());
        properties.putAll(settings);
        return ApplicationContext.run(properties);
    }

    private record World(EventId event, AccountId ana, AccountId ben, AccountId cid) {
    }

    private static World world() {
        var sql = writer.getBean(DSLContext.class);
        var organizer = TestAccounts.signUp(writer.getBean(AccountService.class), "Olga Organizer").id();
        var event = TestEvents.published(writer.getBean(EventService.class), organizer, 10, false);
        var people = TestPeople.create(sql, 3, "Person");
        for (var person : people) {
            writer.getBean(ProfileService.class).update(person, profile("Old headline"));
            writer.getBean(RegistrationService.class).register(person, event);
        }
        return new World(event, people.get(0), people.get(1), people.get(2));
    }

    @Test
    void aProfileChangeOnOneInstanceReachesTheOthersWithinASecond() {
        var world = world();
        assertThat(headline(reader, world, world.ben())).isEqualTo("Old headline");
        assertThat(headline(unchecked, world, world.ben())).isEqualTo("Old headline");

        writer.getBean(ProfileService.class).update(world.ben(), profile("New headline"));

        awaitTrue(() -> "New headline".equals(headline(reader, world, world.ben()))
                && "New headline".equals(headline(unchecked, world, world.ben())), Duration.ofSeconds(1));
    }

    @Test
    void blocksAndNewAttendeesReachTheOthersToo() {
        var world = world();
        assertThat(ids(unchecked, world.event(), world.ana())).containsExactlyInAnyOrder(world.ben(), world.cid());

        writer.getBean(BlockService.class).block(world.ana(), world.ben());
        var dan = TestPeople.create(writer.getBean(DSLContext.class), 1, "Dan").get(0);
        writer.getBean(RegistrationService.class).register(dan, world.event());

        awaitTrue(() -> ids(unchecked, world.event(), world.ana()).equals(List.of(world.cid(), dan))
                || ids(unchecked, world.event(), world.ana()).equals(List.of(dan, world.cid())), Duration.ofSeconds(1));
    }

    @Test
    void aMissedNotificationIsCaughtByTheVersionCheckAndByNothingElse() {
        var world = world();
        assertThat(headline(reader, world, world.ben())).isEqualTo("Old headline");
        assertThat(headline(unchecked, world, world.ben())).isEqualTo("Old headline");

        // A change whose notification is lost: the data and the version change, nobody is told.
        var sql = writer.getBean(DSLContext.class);
        sql.execute("update profiles set headline = 'Quietly changed' where account_id = ?", world.ben().value());
        sql.execute("update matching_versions set version = version + 1 where event_id = ?", world.event().value());

        awaitTrue(() -> "Quietly changed".equals(headline(reader, world, world.ben())), Duration.ofSeconds(3));
        assertThat(headline(unchecked, world, world.ben())).as("without version checks").isEqualTo("Old headline");
    }

    @Test
    void aConnectionOnOneInstanceLeavesThePairOutOfTheOthersRecommendationsWithinASecond() {
        var world = world();
        assertThat(ids(unchecked, world.event(), world.ana())).contains(world.ben());
        assertThat(ids(reader, world.event(), world.ben())).contains(world.ana());

        writer.getBean(ConnectionService.class).record(world.ana(), world.event(), world.ben(),
                ConnectionSource.SEARCH);

        awaitTrue(() -> !ids(unchecked, world.event(), world.ana()).contains(world.ben())
                && !ids(reader, world.event(), world.ben()).contains(world.ana()), Duration.ofSeconds(1));
        assertThat(ids(unchecked, world.event(), world.ana())).containsExactly(world.cid());
    }

    @Test
    void aConnectionNobodyWasToldAboutIsCaughtByTheCountCheckAndByNothingElse() {
        var world = world();
        assertThat(ids(reader, world.event(), world.ana())).contains(world.cid());
        assertThat(ids(unchecked, world.event(), world.ana())).contains(world.cid());

        // A connection whose notice is lost (its instance stopped right after commit): the row and the count are there.
        var sql = writer.getBean(DSLContext.class);
        sql.execute("""
                insert into connections (id, event_id, first_account, second_account, recorded_by, source,
                                         shared_interests, recommended, met_in_round, matched_by_request, created_at)
                values (gen_random_uuid(), ?, least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), ?, 'SEARCH', '{}',
                        false, false, false, now())""", world.event().value(), world.ana().value(),
                world.cid().value(), world.ana().value(), world.cid().value(), world.ana().value());
        sql.execute("""
                insert into connection_totals (event_id, stripe, connections, cross_industry, recommended)
                values (?, 3, 1, 0, 0)
                on conflict (event_id, stripe) do update set connections = connection_totals.connections + 1""",
                world.event().value());

        awaitTrue(() -> !ids(reader, world.event(), world.ana()).contains(world.cid()), Duration.ofSeconds(3));
        assertThat(ids(unchecked, world.event(), world.ana())).as("without checks").contains(world.cid());
    }

    @Test
    void aDroppedListeningConnectionCatchesUpWhenItIsBack() {
        var world = world();
        assertThat(headline(unchecked, world, world.ben())).isEqualTo("Old headline");

        var sql = writer.getBean(DSLContext.class);
        int dropped = sql.fetchOne("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                + " where application_name = ? and datname = current_database()", ModelNotifications.APPLICATION_NAME)
                .get(0, Integer.class);
        writer.getBean(ProfileService.class).update(world.ben(), profile("Changed while nobody listened"));

        assertThat(dropped).isPositive();
        awaitTrue(() -> "Changed while nobody listened".equals(headline(unchecked, world, world.ben())),
                Duration.ofSeconds(5));
    }

    private static List<AccountId> ids(ApplicationContext instance, EventId event, AccountId viewer) {
        return instance.getBean(RecommendationService.class).recommendations(viewer, event, 10).stream()
                .map(PersonToMeet::accountId).toList();
    }

    private static String headline(ApplicationContext instance, World world, AccountId person) {
        return instance.getBean(RecommendationService.class).recommendations(world.ana(), world.event(), 10).stream()
                .filter(recommendation -> recommendation.accountId().equals(person))
                .findFirst().orElseThrow().headline();
    }

    private static ProfileInput profile(String headline) {
        return new ProfileInput(null, headline, "", "", "", null, List.of("Rust"), List.of(), List.of(), List.of(),
                Map.of("headline", "ATTENDEES"));
    }
}
