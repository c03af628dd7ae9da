package org.mingle.domain.health;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers whether the database can be reached, for health checks and orchestrators. */
@Singleton
public class DatabaseHealth {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);
    private static final int TIMEOUT_SECONDS = 2;

    /** @param detail a short, safe description (never connection strings or server messages) */
    public record Status(boolean up, String detail) {
    }

    private final DSLContext sql;

    DatabaseHealth(DSLContext sql) {
        this.sql = sql;
    }

    public Status check() {
        try {
            sql.resultQuery("select 1").queryTimeout(TIMEOUT_SECONDS).fetch();
            return new Status(true, "reachable");
        } catch (RuntimeException e) {
            LOG.warn("Database health check failed", e);
            return new Status(false, "unreachable");
        }
    }
}
