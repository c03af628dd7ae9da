package org.mingle.testsupport;

import java.util.regex.Pattern;

/** Small helpers for PostgreSQL JDBC URLs. */
final class JdbcUrls {

    // jdbc:postgresql://host[:port][,host2...]/database[?params]
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$");

    private JdbcUrls() {
    }

    static String withDatabase(String url, String database) {
        var m = DATABASE.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }
}
