package org.mingle.api;

import io.micronaut.context.ApplicationContext;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Counts rows in the test's own database, over a connection of its own, to see what requests really stored. */
public final class Rows {

    private final String url;
    private final String user;
    private final String password;

    private Rows(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static Rows of(ApplicationContext context) {
        return new Rows(context.getRequiredProperty("datasources.default.url", String.class),
                context.getProperty("datasources.default.username", String.class).orElse(null),
                context.getProperty("datasources.default.password", String.class).orElse(null));
    }

    /** Runs an update; parameters are strings (cast them in SQL). Returns the number of rows changed. */
    public int update(String sql, String... parameters) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number a {@code select count(*) ...} answers; parameters are strings (cast them in SQL). */
    public long count(String sql, String... parameters) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
