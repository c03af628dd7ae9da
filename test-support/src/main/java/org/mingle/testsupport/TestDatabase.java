package org.mingle.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** One migrated database of the test server. */
public record TestDatabase(String url, String user, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The Micronaut configuration that points the default data source at this database. */
    public Map<String, String> micronautProperties() {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password,
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "datasources.default.maximum-pool-size", "8",
                "mingle.embedded-database.enabled", "false");
    }
}
