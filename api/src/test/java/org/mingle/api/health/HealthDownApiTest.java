package org.mingle.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;

/** A database that cannot be reached: port 1 on this machine refuses every connection. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthDownApiTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:1/unreachable",
                "datasources.default.username", "nobody",
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "datasources.default.initialization-fail-timeout", "-1",
                "datasources.default.connection-timeout", "500",
                "mingle.embedded-database.enabled", "false");
    }

    @Test
    void isDownWith503WhenTheDatabaseCannotBeReached() {
        var reply = new ApiClient(server, json).get("/api/health");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.object()).containsEntry("status", "DOWN")
                .containsEntry("database", Map.of("status", "DOWN", "detail", "unreachable"));
        assertThat(reply.body()).doesNotContain("127.0.0.1", "jdbc", "Exception");
    }

    @Test
    void isNotReadyButAliveWhenTheDatabaseCannotBeReached() {
        var client = new ApiClient(server, json);

        var ready = client.get("/api/health/ready");
        var live = client.get("/api/health/live");

        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.object()).containsEntry("status", "DOWN");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.object()).isEqualTo(Map.of("status", "UP"));
    }
}
