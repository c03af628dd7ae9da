package org.mingle.domain.webhooks;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.mingle.domain.shared.TextRules;

/**
 * Posts with the JDK's HTTP client: 5 s to connect, 10 s until the answer's headers, and at most a few seconds more
 * to read the start of its body, so one slow receiver holds a worker for a bounded time. Redirects are not followed
 * (a redirect could lead to an address the check refuses); they count as failures like any answer that is not 2xx.
 */
@Singleton
class HttpWebhookTransport implements WebhookTransport {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** The longest one attempt takes: connecting, the request, and reading what the log keeps of the body. */
    static final Duration LONGEST_ATTEMPT = CONNECT_TIMEOUT.plus(REQUEST_TIMEOUT).plusSeconds(5);
    /** Bytes of the answer kept (enough for {@link Answer#KEPT_BODY_CHARACTERS}); the rest is read and dropped. */
    private static final int KEPT_BYTES = 4 * Answer.KEPT_BODY_CHARACTERS;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public Answer post(URI url, String body, String signature) {
        var request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Mingle-Webhooks/1")
                .header(Signatures.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        var kept = new Start();
        var sent = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArrayConsumer(kept));
        try {
            var response = sent.get(LONGEST_ATTEMPT.toMillis() - CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return Answer.of(response.statusCode(), kept.text());
        } catch (TimeoutException slow) {
            sent.cancel(true);
            return Answer.failed("timed out");
        } catch (ExecutionException failed) {
            return Answer.failed(reason(failed.getCause()));
        } catch (CancellationException cancelled) {
            return Answer.failed("cancelled");
        } catch (InterruptedException interrupted) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            return Answer.failed("interrupted: Mingle is stopping");
        }
    }

    private static String reason(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (failure instanceof HttpTimeoutException) {
            return "timed out waiting for the answer";
        }
        String message = failure == null ? null : failure.getMessage();
        String kind = failure == null ? "error" : failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message.strip();
    }

    /** Keeps the first bytes of the body, drops the rest. */
    private static final class Start implements Consumer<Optional<byte[]>> {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void accept(Optional<byte[]> chunk) {
            chunk.ifPresent(data -> bytes.write(data, 0, Math.min(data.length, KEPT_BYTES - bytes.size())));
        }

        synchronized String text() {
            // PostgreSQL's text holds no NUL.
            String text = bytes.toString(StandardCharsets.UTF_8).replace('\0', '\uFFFD');
            return TextRules.truncate(text, Answer.KEPT_BODY_CHARACTERS);
        }
    }
}
