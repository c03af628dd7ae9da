package org.mingle.app.metrics;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database connection pool's own metrics ({@code hikaricp_connections_active}, {@code _pending}, acquire and
 * usage times, ...), recorded by Hikari into the application's registry. Micronaut Data hands out the pool wrapped,
 * so it is unwrapped first.
 */
@Context
class PoolMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(PoolMetrics.class);

    PoolMetrics(DataSource dataSource, MeterRegistry registry) {
        try {
            HikariDataSource pool = dataSource instanceof HikariDataSource hikari ? hikari
                    : dataSource.unwrap(HikariDataSource.class);
            pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        } catch (SQLException | RuntimeException notHikari) {
            LOG.warn("The database connection pool reports no metrics: {}", notHikari.toString());
        }
    }
}
