package org.mingle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
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
