package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;

/** Without a database URL, Mingle runs its own PostgreSQL, durably, in its data directory. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestartsAndWritesDurably() throws Exception {
        var start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        var input = new EventInput("Survives restarts", "", start, start.plus(Duration.ofHours(2)), "Europe/Paris",
                "Station F", 30, null, false, 0.5);

        String id;
        AccountId owner;
        try (var first = ApplicationContext.run(configuration())) {
            owner = first.getBean(AccountService.class)
                    .signUp(new SignUp("eda.embedded@example.com", "tangerine orbit maple 1987", "Eda"), null).id();
            id = first.getBean(EventService.class).create(owner, input).id().toString();
            assertThat(setting(first, "fsync")).isEqualTo("on");
            assertThat(setting(first, "synchronous_commit")).isEqualTo("on");
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        try (var second = ApplicationContext.run(configuration())) {
            var events = second.getBean(EventService.class);
            var again = events.get(Optional.of(owner),
                    org.mingle.domain.events.EventId.fromString(id));
            assertThat(again.title()).isEqualTo("Survives restarts");
        }
    }

    private Map<String, Object> configuration() {
        return Map.of(
                "mingle.data-dir", dataDir.toString(),
                "datasources.default.url", "",
                "micronaut.server.port", -1);
    }

    private static String setting(ApplicationContext context, String name) throws Exception {
        try (var connection = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class)).getConnection();
             var statement = connection.createStatement();
             var result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
