package org.mingle.domain.infrastructure;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code MINGLE_DATABASE_REPLICA_URL} ({@code mingle.database.replica.url}) with its user and password, which default
 * to the primary's: where reports read. Set, report queries ({@link ReportReads}) go to that PostgreSQL streaming
 * replica through a small pool of their own; unset, they read the primary exactly like everything else. The URL is
 * checked when the application starts, so a wrong value stops it with a message naming the variable.
 */
@Context
@Factory
class DatabaseReplicaSetting {

    static final String VARIABLE = "MINGLE_DATABASE_REPLICA_URL";
    static final String PROPERTY = "mingle.database.replica.url";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseReplicaSetting.class);

    private final Optional<ReplicaConnectionProvider> replica;

    DatabaseReplicaSetting(@Value("${" + PROPERTY + ":}") String url,
                           @Value("${mingle.database.replica.username:}") String user,
                           @Value("${mingle.database.replica.password:}") String password,
                           @Value("${datasources.default.username:}") String primaryUser,
                           @Value("${datasources.default.password:}") String primaryPassword,
                           @Value("${datasources.default.maximum-pool-size:16}") int poolSize) {
        if (url.isBlank()) {
            this.replica = Optional.empty();
            return;
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new ConfigurationException(VARIABLE + " (" + PROPERTY + ") is \"" + url + "\", but it must be a "
                    + "PostgreSQL JDBC URL such as jdbc:postgresql://replica.example.org:5432/mingle.");
        }
        // The primary's credentials unless the replica's are given: a streaming replica has the primary's roles.
        var replicaUser = user.isBlank() ? primaryUser : user;
        var replicaPassword = user.isBlank() && password.isEmpty() ? primaryPassword : password;
        this.replica = Optional.of(new ReplicaConnectionProvider(url, replicaUser, replicaPassword, poolSize,
                ReplicaConnectionProvider.RETRY_AFTER));
        LOG.info("Reports read the PostgreSQL replica ({})", VARIABLE);
    }

    @Singleton
    @ReportReads
    DSLContext reportReads(DSLContext primary) {
        return replica.map(pool -> {
            pool.fallBackTo(primary.configuration().connectionProvider());
            return DSL.using(pool, primary.dialect(), primary.settings());
        }).orElse(primary);
    }

    @PreDestroy
    void close() {
        replica.ifPresent(ReplicaConnectionProvider::close);
    }
}
