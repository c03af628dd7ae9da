package org.mingle.domain.events;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/** Loads and stores the event aggregate. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EventRowRepository extends CrudRepository<EventRow, UUID> {
}
