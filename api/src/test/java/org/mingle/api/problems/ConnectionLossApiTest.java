package org.mingle.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient.Reply;
import org.mingle.api.ApiClient;
import org.mingle.api.Rows;
import org.mingle.api.TestAccounts.Person;
import org.mingle.api.TestAccounts;
import org.mingle.api.TestEvents;
import org.mingle.testsupport.MicronautPostgres;

/**
 * Real database faults in the middle of a request: the test holds the event's row lock over a connection of its own,
 * so a registration blocks inside its transaction, and then ends that request's database session with
 * {@code pg_terminate_backend} (SQLSTATE 57P01, what a server restart or failover does).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionLossApiTest implements MicronautPostgres {

    private static final String KEY = "Idempotency-Key";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    ApplicationContext context;

    private Rows rows;
    private Person organizer;
    private Person ada;

    @BeforeAll
    void people() {
        rows = Rows.of(context);
        var anonymous = new ApiClient(server, json);
        organizer = TestAccounts.signUpAndLogIn(anonymous, "Olga Organizer");
        ada = TestAccounts.signUpAndLogIn(anonymous, "Ada Attendee");
    }

    @Test
    void aTransactionThatLostItsConnectionBeforeCommittingRunsOnceMore() throws Exception {
        String event = TestEvents.published(organizer.api(), "Failover", 10);
        var client = ada.api().withHeader(KEY, UUID.randomUUID().toString());

        Reply reply;
        try (var lock = lockEventRow(event)) {
            var request = CompletableFuture.supplyAsync(() -> client.postEmpty(registrations(event)));
            terminateBackendWaitingForALock(lock);
            lock.rollback();
            reply = request.get(60, TimeUnit.SECONDS);
        }

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(registrationsOf(event)).isEqualTo(1);
        var replay = client.postEmpty(registrations(event));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(reply.body());
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(registrationsOf(event)).isEqualTo(1);
    }

    @Test
    void aSecondLossAnswers503WithRetryAfterAndWritesNothing() throws Exception {
        String event = TestEvents.published(organizer.api(), "Outage", 10);
        String key = UUID.randomUUID().toString();
        var client = ada.api().withHeader(KEY, key);

        Reply reply;
        try (var lock = lockEventRow(event)) {
            var request = CompletableFuture.supplyAsync(() -> client.postEmpty(registrations(event)));
            terminateBackendWaitingForALock(lock);
            terminateBackendWaitingForALock(lock);
            lock.rollback();
            reply = request.get(60, TimeUnit.SECONDS);
        }

        var problem = reply.problem(503);
        assertThat(problem).containsEntry("type", "urn:mingle:problem:unavailable");
        assertThat(reply.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(registrationsOf(event)).isZero();
        assertThat(rows.count("select count(*) from idempotency_keys where key = ?", key)).isZero();
        assertThat(rows.count("select confirmed_count from events where id = ?::uuid", event)).isZero();

        var retried = client.postEmpty(registrations(event));
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(registrationsOf(event)).isEqualTo(1);
    }

    /** A transaction of the test's own that holds the event's row lock until it ends. */
    private HeldLock lockEventRow(String event) throws SQLException {
        var connection = DriverManager.getConnection(url(), user(), password());
        connection.setAutoCommit(false);
        try (var statement = connection.prepareStatement("select 1 from events where id = ?::uuid for update")) {
            statement.setString(1, event);
            statement.executeQuery().close();
        }
        return new HeldLock(connection);
    }

    /** Waits until one of the application's sessions waits for the test's lock, and terminates that session. */
    private void terminateBackendWaitingForALock(HeldLock lock) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (var admin = DriverManager.getConnection(url(), user(), password())) {
            while (System.nanoTime() < deadline) {
                try (var statement = admin.prepareStatement("""
                        select pg_terminate_backend(pid) from pg_stat_activity
                        where datname = current_database() and wait_event_type = 'Lock'
                          and ? = any(pg_blocking_pids(pid))""")) {
                    statement.setInt(1, lock.pid());
                    try (var result = statement.executeQuery()) {
                        if (result.next()) {
                            assertThat(result.getBoolean(1)).isTrue();
                            return;
                        }
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no request came to wait for the lock");
    }

    private record HeldLock(Connection connection) implements AutoCloseable {

        int pid() throws SQLException {
            try (var statement = connection.createStatement();
                 var result = statement.executeQuery("select pg_backend_pid()")) {
                result.next();
                return result.getInt(1);
            }
        }

        void rollback() throws SQLException {
            connection.rollback();
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    private String url() {
        return context.getRequiredProperty("datasources.default.url", String.class);
    }

    private String user() {
        return context.getProperty("datasources.default.username", String.class).orElse(null);
    }

    private String password() {
        return context.getProperty("datasources.default.password", String.class).orElse(null);
    }

    private static String registrations(String event) {
        return "/api/events/" + event + "/registrations";
    }

    private long registrationsOf(String event) {
        return rows.count("select count(*) from registrations where event_id = ?::uuid", event);
    }
}
