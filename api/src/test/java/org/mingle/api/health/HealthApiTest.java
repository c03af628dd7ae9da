package org.mingle.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.api.ApiClient;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthApiTest implements MicronautPostgres {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void isUpWhenTheDatabaseAnswers() {
        var reply = new ApiClient(server, json).get("/api/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.object()).containsEntry("status", "UP")
                .containsEntry("database", Map.of("status", "UP", "detail", "reachable"));
    }

    @Test
    void isReadyWhenTheDatabaseAnswers() {
        var reply = new ApiClient(server, json).get("/api/health/ready");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.object()).containsEntry("status", "UP")
                .containsEntry("database", Map.of("status", "UP", "detail", "reachable"));
    }

    @Test
    void isAlive() {
        var reply = new ApiClient(server, json).get("/api/health/live");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.object()).isEqualTo(Map.of("status", "UP"));
    }
}
