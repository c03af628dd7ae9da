package org.mingle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

    @Test
    void letsInFlightRequestsFinishWithinTheShutdownTimeout() throws Exception {
        var context = ApplicationContext.run(Map.of("mingle.server.shutdown-timeout", "10s"), Environment.TEST);
        var server = context.getBean(EmbeddedServer.class).start();

        var pending = stopWhileASlowRequestRuns(server);

        var response = pending.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("finished");
        assertThat(server.isRunning()).isFalse();
        assertThat(context.isRunning()).isFalse();
    }

    @Test
    void aZeroTimeoutStopsAtOnce() throws Exception {
        var context = ApplicationContext.run(Map.of("mingle.server.shutdown-timeout", "0s"), Environment.TEST);
        var server = context.getBean(EmbeddedServer.class).start();

        var pending = stopWhileASlowRequestRuns(server);

        assertThatThrownBy(() -> pending.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(context.isRunning()).isFalse();
    }

    @Test
    void keepsServingNewRequestsForTheDrainTimeAndThenClosesThePort() throws Exception {
        var context = ApplicationContext.run(Map.of("mingle.server.shutdown-drain", "2s"), Environment.TEST);
        var server = context.getBean(EmbeddedServer.class).start();
        var ping = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/test/ping")).build();
        var http = HttpClient.newHttpClient();
        assertThat(http.send(ping, BodyHandlers.ofString()).body()).isEqualTo("pong"); // the first request sets up

        long began = System.nanoTime();
        var stopping = CompletableFuture.runAsync(server::stop);
        Thread.sleep(500);

        assertThat(http.send(ping, BodyHandlers.ofString()).body()).as("served while draining").isEqualTo("pong");
        assertThat(stopping).isNotDone();
        stopping.get(10, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)).isGreaterThanOrEqualTo(2000);
        assertThatThrownBy(() -> http.send(ping, BodyHandlers.ofString())).as("the port is closed")
                .isInstanceOf(IOException.class);
    }

    @Test
    void refusesANegativeDrain() {
        assertThatThrownBy(() -> new ServerSettings().setShutdownDrain(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CompletableFuture<HttpResponse<String>> stopWhileASlowRequestRuns(EmbeddedServer server)
            throws InterruptedException {
        TestApi.slowStarted = new CountDownLatch(1);
        var pending = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/api/test/slow")).build(), BodyHandlers.ofString());
        assertThat(TestApi.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        server.stop();
        return pending;
    }
}
