package org.mingle.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {

    private final DatabaseFaults faults = new DatabaseFaults();

    @Test
    void aSessionEndedByTheServerOrABrokenConnectionIsALostConnection() {
        assertThat(faults.isConnectionLost(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(faults.isConnectionLost(new SQLException("crash shutdown", "57P02"))).isTrue();
        assertThat(faults.isConnectionLost(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(faults.isConnectionLost(new SQLException("Connection is closed")))
                .as("the pool's closed connection, wrapped by Micronaut Data as a ConnectionException").isTrue();
        assertThat(faults.isConnectionLost(new SQLTransientConnectionException("pool timed out"))).isTrue();
    }

    @Test
    void itIsFoundAmongCausesAndSuppressedFailures() {
        var wrapped = new IllegalStateException("query failed", new RuntimeException(new SQLException("x", "08003")));
        var cleanup = new IllegalStateException("could not reset the connection");
        cleanup.addSuppressed(new SQLException("terminating connection", "57P01"));

        assertThat(faults.isConnectionLost(wrapped)).isTrue();
        assertThat(faults.isConnectionLost(cleanup)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(faults.isConnectionLost(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(faults.isConnectionLost(new SQLException("serialization failure", "40001"))).isFalse();
        assertThat(faults.isConnectionLost(new SQLException("Connection is closed", "42000")))
                .as("the same words from elsewhere, with a state of their own").isFalse();
        assertThat(faults.isConnectionLost(new SQLException("no state"))).isFalse();
        assertThat(faults.isConnectionLost(new IllegalStateException("not the database"))).isFalse();
        assertThat(faults.isConnectionLost(null)).isFalse();
    }
}
