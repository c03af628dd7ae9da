package org.mingle.domain.infrastructure;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The {@link org.jooq.DSLContext} that report queries read with: the PostgreSQL replica when
 * {@code MINGLE_DATABASE_REPLICA_URL} is set (falling back to the primary while the replica is unreachable), otherwise
 * the primary's own context. Only read-only queries that may be slightly stale take it (decision 62).
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
public @interface ReportReads {
}
