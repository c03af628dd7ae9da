package org.mingle.domain.infrastructure;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.ConnectionStatus;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * Gives jOOQ the connection of the Micronaut transaction in progress, so a jOOQ write and a Micronaut Data write in
 * one transaction commit or roll back together. Outside a transaction it borrows a pooled connection and returns it
 * after the statement (the wrapped Micronaut Data source refuses to hand out connections there).
 */
final class TransactionAwareConnectionProvider implements ConnectionProvider {

    private final ConnectionOperations<Connection> connections;
    private final DataSource pool;

    TransactionAwareConnectionProvider(ConnectionOperations<Connection> connections, DataSource pool) {
        this.connections = connections;
        this.pool = pool;
    }

    @Override
    public Connection acquire() {
        var current = connections.findConnectionStatus().map(ConnectionStatus::getConnection);
        if (current.isPresent()) {
            return current.get();
        }
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("Could not borrow a database connection", e);
        }
    }

    @Override
    public void release(Connection connection) {
        var current = connections.findConnectionStatus().map(ConnectionStatus::getConnection);
        if (current.isPresent() && current.get() == connection) {
            return; // the transaction owns it and closes it when it ends
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("Could not return a database connection", e);
        }
    }
}
