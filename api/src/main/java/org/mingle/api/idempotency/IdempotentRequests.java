package org.mingle.api.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import org.mingle.domain.idempotency.IdempotencyService;
import org.mingle.domain.shared.AccountId;

/**
 * The {@code Idempotency-Key} header of the creating {@code POST}s, at the edge.
 *
 * <p>A controller takes its body as raw text (and reads it with {@code JsonBodies}), then hands the creating call to
 * {@link #run}. Without
 * the header the call simply runs. With it, the call runs through {@link IdempotencyService#once}: in one transaction
 * with recording the key, the caller's account and the request's fingerprint (SHA-256 of method, raw path and raw
 * body), together with the response body serialised here. A retry with the same key and fingerprint gets that stored
 * body again, with the same status, and runs nothing; the same key with another fingerprint is refused (422). Only
 * successful answers are stored: a refused call rolls the transaction back, so the key stays free for a corrected
 * retry. Replays carry {@value #REPLAYED_HEADER}{@code : true}.
 */
@Singleton
public class IdempotentRequests {

    /** The request header that names the attempt. */
    public static final String HEADER = "Idempotency-Key";
    /** Set on a response that repeats the stored first answer. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Description of the header for the OpenAPI document. */
    public static final String HEADER_DESCRIPTION = """
            Any unique string of 1 to 200 characters chosen by the client for this attempt (a UUID, say). A retry \
            with the same key and the same body answers the first answer again (same status and body) and creates \
            nothing; the same key with another body answers 422. Keys are remembered for 24 hours, per account.""";

    private final IdempotencyService idempotency;
    private final JsonMapper json;

    public IdempotentRequests(IdempotencyService idempotency, JsonMapper json) {
        this.idempotency = idempotency;
        this.json = json;
    }

    /**
     * Answers a creating request: runs {@code action} (at most once per idempotency key) and answers its result as
     * JSON with {@code status}.
     *
     * @param key     the {@code Idempotency-Key} header, or {@code null} when the client sent none
     * @param rawBody the request body exactly as received ({@code null} for none)
     */
    public MutableHttpResponse<String> run(HttpRequest<?> request, AccountId caller, @Nullable String key,
                                           @Nullable String rawBody, HttpStatus status, Supplier<?> action) {
        String body;
        boolean replayed = false;
        if (key == null) {
            body = write(action.get());
        } else {
            var result = idempotency.once(caller, key, fingerprint(request, rawBody), () -> write(action.get()));
            body = result.body();
            replayed = result.replayed();
        }
        return respond(status, body, replayed);
    }

    /**
     * What a creating call answers when its status depends on what it found, such as 201 when it created something
     * and 200 when it was there already.
     */
    public record Answer(HttpStatus status, Object body) {
    }

    /**
     * Like {@link #run}, for a call whose status depends on its outcome: a retry with the same key answers the first
     * answer's status and body again.
     */
    public MutableHttpResponse<String> runAnswering(HttpRequest<?> request, AccountId caller, @Nullable String key,
                                                    @Nullable String rawBody, Supplier<Answer> action) {
        if (key == null) {
            Answer answer = action.get();
            return respond(answer.status(), write(answer.body()), false);
        }
        // Stored as "<status> <body>": the fingerprint covers method and path, so only this kind of call reads it.
        var result = idempotency.once(caller, key, fingerprint(request, rawBody), () -> {
            Answer answer = action.get();
            return answer.status().getCode() + " " + write(answer.body());
        });
        String stored = result.body();
        int space = stored.indexOf(' ');
        return respond(HttpStatus.valueOf(Integer.parseInt(stored.substring(0, space))), stored.substring(space + 1),
                result.replayed());
    }

    private static MutableHttpResponse<String> respond(HttpStatus status, String body, boolean replayed) {
        MutableHttpResponse<String> response = HttpResponse.<String>status(status)
                .body(body)
                .contentType(MediaType.APPLICATION_JSON_TYPE);
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response;
    }

    /** A top-level string field of an answer produced by {@link #run}, such as the new object's {@code id}. */
    public String field(String body, String name) {
        try {
            Map<String, Object> object = json.readValue(body, Argument.mapOf(String.class, Object.class));
            return String.valueOf(object.get(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 (hex) of {@code METHOD rawPath}, a line feed and the raw body, as UTF-8. */
    static String fingerprint(HttpRequest<?> request, @Nullable String rawBody) {
        String path = request.getUri().getRawPath();
        String text = request.getMethodName() + " " + path + "\n" + (rawBody == null ? "" : rawBody);
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
