package org.mingle.domain.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** jOOQ on the same pool and transactions as Micronaut Data, and the clock every rule reads the time from. */
@Factory
class PersistenceFactory {

    /** Primary: the one every feature writes and reads with; reports read through {@link ReportReads}. */
    @Primary
    @Singleton
    DSLContext dslContext(DataSource dataSource, ConnectionOperations<Connection> connections) {
        var provider = new TransactionAwareConnectionProvider(connections, DelegatingDataSource.unwrapDataSource(dataSource));
        var settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        return DSL.using(provider, SQLDialect.POSTGRES, settings);
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
