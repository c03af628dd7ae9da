package org.mingle.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Raw HTTP against the running server, so tests can send exactly the bytes a careless client would. A client is
 * anonymous unless made with {@link #withToken(String)}; {@link #withHeader(String, String)} adds a header to every
 * request it sends.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final EmbeddedServer server;
    private final JsonMapper json;
    private final Map<String, String> headers;

    public ApiClient(EmbeddedServer server, JsonMapper json) {
        this(server, json, Map.of());
    }

    private ApiClient(EmbeddedServer server, JsonMapper json, Map<String, String> headers) {
        this.server = server;
        this.json = json;
        this.headers = Map.copyOf(headers);
    }

    /** A client that sends {@code Authorization: Bearer <token>}. */
    public ApiClient withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    /** A client that sends this header (replacing one of the same name) with every request. */
    public ApiClient withHeader(String name, String value) {
        var copy = new java.util.TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        copy.put(name, value);
        return new ApiClient(server, json, copy);
    }

    /** The same server, without any of this client's headers. */
    public ApiClient anonymous() {
        return new ApiClient(server, json);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET that asks for this media type. */
    public Reply get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    public Reply postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    public Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body)));
    }

    public Reply patchJson(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method("PATCH", BodyPublishers.ofString(body)));
    }

    public Reply putJson(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(body)));
    }

    /** A PUT of raw bytes, such as an image. */
    public Reply put(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .PUT(BodyPublishers.ofByteArray(body)));
    }

    /** A GET whose answer is kept as bytes (an image), with extra request headers as name, value pairs. */
    public HttpResponse<byte[]> getBytes(String path, String... headerPairs) {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::setHeader);
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.setHeader(headerPairs[i], headerPairs[i + 1]);
        }
        try {
            return HTTP.send(request.build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply putEmpty(String path) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(BodyPublishers.noBody()));
    }

    public Reply postEmpty(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(BodyPublishers.noBody()));
    }

    public Reply method(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, BodyPublishers.noBody()));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public Reply send(HttpRequest.Builder request) {
        headers.forEach(request::setHeader);
        try {
            return new Reply(HTTP.send(request.build(), BodyHandlers.ofString()), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    /** A response, with its body read as JSON on demand. */
    public record Reply(HttpResponse<String> response, JsonMapper json) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public Map<String, Object> object() {
            try {
                return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new AssertionError("not a JSON object: " + response.body(), e);
            }
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list(String field) {
            return (List<Map<String, Object>>) object().get(field);
        }

        /** The body read as a JSON array. */
        public List<Object> array() {
            try {
                return json.readValue(response.body(), Argument.listOf(Object.class));
            } catch (IOException e) {
                throw new AssertionError("not a JSON array: " + response.body(), e);
            }
        }

        /** The body read as a JSON array of objects. */
        public List<Map<String, Object>> objects() {
            try {
                return json.readValue(response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
            } catch (IOException e) {
                throw new AssertionError("not a JSON array of objects: " + response.body(), e);
            }
        }

        /** Asserts the status and that the body is a problem document with that status; returns the document. */
        public Map<String, Object> problem(int expectedStatus) {
            assertThat(status()).as("status of %s", body()).isEqualTo(expectedStatus);
            assertThat(header("Content-Type")).as("content type").startsWith("application/problem+json");
            var problem = object();
            assertThat(problem).containsEntry("status", expectedStatus)
                    .containsKeys("type", "title", "detail");
            assertThat((String) problem.get("title")).isNotBlank();
            assertThat((String) problem.get("detail")).isNotBlank();
            ProblemAssertions.assertLeaksNothing(body());
            return problem;
        }

        /** Asserts a 400 problem of the given type whose errors name exactly these fields; returns the errors. */
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> fieldErrors(String type, String... fields) {
            var problem = problem(400);
            assertThat(problem).containsEntry("type", type);
            var errors = (List<Map<String, Object>>) problem.get("errors");
            assertThat(errors).as("errors of %s", body()).isNotNull();
            assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder((Object[]) fields);
            assertThat(errors).allSatisfy(e -> assertThat((String) e.get("message")).isNotBlank());
            return errors;
        }
    }
}
