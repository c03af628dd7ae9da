package org.mingle.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.context.ApplicationContext;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.accounts.TestPeople;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TestEvents;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.StreamingReplica;
import org.mingle.testsupport.TestDatabase;

/**
 * Reports on a real PostgreSQL streaming replica: a primary and a hot standby started from the installed binaries.
 * Registrations go in through the services on the primary; with replay paused on the standby, the report of the
 * instance configured with the replica still counts what the standby has, the report of an instance without it (the
 * control) counts what the primary has, and with the standby gone, the replica's instance answers from the primary.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportReplicaTest {

    private static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(30);
    private static final String DATABASE = "mingle";

    private static StreamingReplica servers;
    private static ApplicationContext readingReplica;
    private static ApplicationContext readingPrimary;
    private static AccountId organizer;
    private static EventId event;
    private static final List<AccountId> people = new ArrayList<>();

    @BeforeAll
    static void servers() {
        var binaries = StreamingReplica.binaries();
        assumeTrue(binaries.isPresent(), "Skipped: no PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) in "
                + "/usr/lib/postgresql/*/bin or MINGLE_TEST_PG_BIN; install PostgreSQL to run this test");
        servers = StreamingReplica.start(binaries.get(), 18300, 18399);
        var primary = servers.createMigratedDatabase(DATABASE);
        servers.awaitReplayed(REPLAY_TIMEOUT);
        readingReplica = instance(primary, Map.of("mingle.database.replica.url", servers.standbyUrl(DATABASE)));
        readingPrimary = instance(primary, Map.of());

        organizer = TestAccounts.signUp(readingReplica.getBean(AccountService.class), "Olga Organizer").id();
        event = TestEvents.published(readingReplica.getBean(EventService.class), organizer, 10, false);
        people.addAll(TestPeople.create(readingReplica.getBean(DSLContext.class), 4, "Attendee"));
    }

    private static ApplicationContext instance(TestDatabase primary, Map<String, String> settings) {
        var properties = new HashMap<String, Object>(primary.micronautProperties());
        properties.putAll(settings);
        return ApplicationContext.run(properties);
    }

    @AfterAll
    static void stop() {
        try {
            for (var context : new ApplicationContext[] {readingReplica, readingPrimary}) {
                if (context != null) {
                    context.close();
                }
            }
        } finally {
            if (servers != null) {
                servers.close();
            }
        }
    }

    @Test
    @Order(1)
    void theStandbyIsInRecoveryAndThePrimaryIsNot() throws SQLException {
        try (var standby = servers.connectStandby(DATABASE); var primary = servers.connectPrimary(DATABASE);
             var standbyRecovery = standby.createStatement().executeQuery("select pg_is_in_recovery()");
             var primaryRecovery = primary.createStatement().executeQuery("select pg_is_in_recovery()")) {
            standbyRecovery.next();
            primaryRecovery.next();
            assertThat(standbyRecovery.getBoolean(1)).isTrue();
            assertThat(primaryRecovery.getBoolean(1)).isFalse();
        }
    }

    @Test
    @Order(2)
    void reportsCountWhatTheReplicaHasReplayed() throws SQLException {
        register(people.get(0));
        register(people.get(1));
        servers.awaitReplayed(REPLAY_TIMEOUT);
        assertThat(confirmedIn(readingReplica)).isEqualTo(2);

        replay(false);
        try {
            register(people.get(2));
            assertThat(confirmedOnPrimary()).isEqualTo(3);
            assertThat(confirmedIn(readingReplica)).as("the replica has not replayed the third").isEqualTo(2);
            assertThat(groupAttendeesIn(readingReplica)).as("the group report reads the replica too").isEqualTo(2);
            assertThat(confirmedIn(readingPrimary)).as("control: without a replica, the primary").isEqualTo(3);
        } finally {
            replay(true);
        }
        servers.awaitReplayed(REPLAY_TIMEOUT);
        assertThat(confirmedIn(readingReplica)).isEqualTo(3);
    }

    @Test
    @Order(3)
    void withTheReplicaDownReportsReadThePrimary() {
        replay(false);
        register(people.get(3));
        assertThat(confirmedIn(readingReplica)).as("paused: the replica's count").isEqualTo(3);

        servers.stopStandby();

        assertThat(confirmedIn(readingReplica)).as("the primary's count, not a failure").isEqualTo(4);
        assertThat(groupAttendeesIn(readingReplica)).isEqualTo(4);
    }

    private static void register(AccountId person) {
        readingReplica.getBean(RegistrationService.class).register(person, event);
    }

    private static int confirmedIn(ApplicationContext instance) {
        return instance.getBean(ReportService.class).report(organizer, event).funnel().confirmed();
    }

    /** Confirmed attendees of the event as the group report's query reads them (nobody is checked in). */
    private static int groupAttendeesIn(ApplicationContext instance) {
        return instance.getBean(JdbcGroupReports.class).attendances(List.of(event)).size();
    }

    private static int confirmedOnPrimary() throws SQLException {
        try (var primary = servers.connectPrimary(DATABASE);
             var rows = primary.createStatement().executeQuery(
                     "select count(*) from registrations where status = 'CONFIRMED'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void replay(boolean running) {
        try (var standby = servers.connectStandby(DATABASE); var sql = standby.createStatement()) {
            sql.execute(running ? "select pg_wal_replay_resume()" : "select pg_wal_replay_pause()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
