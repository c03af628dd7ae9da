package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.testsupport.TestDatabase;
import org.mingle.testsupport.TestDatabases;

/**
 * {@code kill -9} of the packaged application while it posts webhooks: nothing is lost, and at most the one delivery
 * that was in flight reaches the receiver twice, with the same {@code id}, so a receiver that keeps the ids it saw
 * sees every change exactly once. A second instance, started after the first was killed, finishes the queue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryKillIT {

    private static final int DELIVERIES = 400;
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern DELIVERY_ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path work = Path.of("target", "webhook-delivery-kill-it");
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer receiver = receiver();

    @AfterAll
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aKilledInstanceLosesNoDeliveryAndPostsAtMostTheOneInFlightTwice() throws Exception {
        Files.createDirectories(work);
        TestDatabase database = TestDatabases.create();
        var settings = Map.of("MINGLE_WEBHOOKS_ALLOW_PRIVATE", "true");
        try (Connection sql = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            queue(sql, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
            var first = MingleJar.start(database, work, settings, work.resolve("first.log")).awaitStartUp(http);
            awaitReceived(DELIVERIES / 5, first);
            first.kill();
            int receivedAtKill = received.size();
            int recordedDelivered = count(sql, "DELIVERED");
            assertThat(receivedAtKill).as("killed mid-delivery").isLessThan(DELIVERIES);
            assertThat(receivedAtKill - recordedDelivered).as("received but not recorded: the one in flight")
                    .isBetween(0, 1);

            // The killed instance's batch waits out its lease (minutes) before anyone takes it again; end it now.
            sql.createStatement().executeUpdate("update webhook_deliveries set next_attempt_at = now()"
                    + " where state = 'QUEUED'");
            var second = MingleJar.start(database, work, settings, work.resolve("second.log")).awaitStartUp(http);
            try {
                awaitReceived(DELIVERIES, second);
                awaitDeliveredRecorded(sql);
            } finally {
                second.stop();
            }
            assertThat(count(sql, "QUEUED") + count(sql, "FAILED")).isZero();
        }

        assertThat(new HashSet<>(received)).as("every delivery arrived").hasSize(DELIVERIES);
        assertThat(received.size()).as("at most the one in flight twice").isBetween(DELIVERIES, DELIVERIES + 1);
    }

    /** A receiver that takes a few milliseconds per delivery, as a real one would, and keeps each delivery's id. */
    private HttpServer receiver() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var id = DELIVERY_ID.matcher(body);
                boolean found = id.find();
                sleep(3);
                if (found) {
                    received.add(id.group(1));
                }
                exchange.sendResponseHeaders(found ? 204 : 400, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void queue(Connection sql, String url) throws SQLException {
        var owner = UUID.randomUUID();
        var event = UUID.randomUUID();
        var webhook = UUID.randomUUID();
        try (var statement = sql.createStatement()) {
            statement.executeUpdate("insert into accounts (id, display_name, email, password_hash) values ('" + owner
                    + "', 'Owner', 'owner@webhooks.example', 'not a hash: this owner never signs in')");
            statement.executeUpdate("insert into events (id, owner_id, title, starts_at, ends_at, time_zone, capacity)"
                    + " values ('" + event + "', '" + owner + "', 'Webhook night', now() + interval '1 day',"
                    + " now() + interval '26 hours', 'Europe/Berlin', 100)");
            statement.executeUpdate("insert into webhooks (id, event_id, url, types, secret, created_at) values ('"
                    + webhook + "', '" + event + "', '" + url + "', array['REGISTRATION_CREATED'], 'secret', now())");
        }
        try (var insert = sql.prepareStatement("""
                insert into webhook_deliveries (id, webhook_id, type, data, state, next_attempt_at, created_at)
                values (?, ?, 'REGISTRATION_CREATED', '{"n":1}', 'QUEUED', now(), now())""")) {
            for (int i = 0; i < DELIVERIES; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, webhook);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void awaitReceived(int atLeast, MingleJar sender) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (received.size() < atLeast) {
            if (System.nanoTime() > deadline || !sender.process().isAlive()) {
                throw new AssertionError(received.size() + " of " + atLeast + " deliveries arrived:\n"
                        + Files.readString(sender.log()));
            }
            Thread.sleep(5);
        }
    }

    private static void awaitDeliveredRecorded(Connection sql) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (count(sql, "DELIVERED") < DELIVERIES) {
            assertThat(System.nanoTime()).as("all recorded as delivered").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static int count(Connection sql, String state) throws SQLException {
        try (var query = sql.prepareStatement("select count(*) from webhook_deliveries where state = ?")) {
            query.setString(1, state);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
