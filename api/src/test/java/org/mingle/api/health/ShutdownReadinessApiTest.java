package org.mingle.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mingle.testsupport.TestDatabases;

/**
 * An instance taken out of a load balancer (decision 59): from the moment it starts to stop, the readiness check says
 * 503 while every other request is still served, for the drain time; only then does the port close.
 */
class ShutdownReadinessApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessTurns503AsSoonAsShutdownBeginsWhileRequestsAreStillServed() throws Exception {
        var properties = new HashMap<String, Object>(TestDatabases.create().micronautProperties());
        properties.put("mingle.server.shutdown-drain", "3s");
        var context = ApplicationContext.run(properties, Environment.TEST);
        var server = context.getBean(EmbeddedServer.class).start();
        String base = server.getURL().toString();
        assertThat(status(base + "/api/health/ready")).isEqualTo(200);
        assertThat(status(base + "/api/health")).isEqualTo(200);

        long began = System.nanoTime();
        var stopping = CompletableFuture.runAsync(server::stop);
        int ready = 200;
        while (ready == 200 && System.nanoTime() - began < TimeUnit.SECONDS.toNanos(2)) {
            ready = status(base + "/api/health/ready");
        }

        assertThat(ready).as("readiness once shutdown began").isEqualTo(503);
        assertThat(status(base + "/api/health")).isEqualTo(503);
        assertThat(status(base + "/api/openapi.yml")).as("other requests during the drain").isEqualTo(200);
        assertThat(stopping).as("still draining").isNotDone();
        stopping.get(20, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)).isGreaterThanOrEqualTo(3000);
        assertThat(context.isRunning()).isFalse();
    }

    private int status(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.discarding()).statusCode();
    }
}
