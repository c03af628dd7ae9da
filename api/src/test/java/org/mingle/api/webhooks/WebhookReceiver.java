package org.mingle.api.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on 127.0.0.1 for tests: records every request by path and answers the statuses it was told to
 * (then 200). {@link #verify} checks a signature the way a receiver's own code would, without Mingle's classes.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as the receiver saw it. */
    record Received(String path, String signature, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var receiver = new WebhookReceiver(server);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = exchange.getRequestURI().getPath();
                receiver.received.add(new Received(path, exchange.getRequestHeaders().getFirst("Mingle-Signature"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body));
                Deque<Integer> statuses = receiver.scripted.get(path);
                Integer next = statuses == null ? null : statuses.pollFirst();
                int status = next == null ? 200 : next;
                byte[] answer = (status == 200 ? "ok, got it" : "try again later").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests to the path get these statuses, in order; after them 200. */
    void answer(String path, int... statuses) {
        var queue = new ArrayDeque<Integer>();
        for (int status : statuses) {
            queue.add(status);
        }
        scripted.put(path, queue);
    }

    List<Received> at(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** Waits until the path has received at least {@code count} requests; fails after the timeout. */
    List<Received> await(String path, int count, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (at(path).size() < count) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(path + " received " + at(path).size() + " of " + count + " requests: "
                        + at(path));
            }
            Thread.sleep(25);
        }
        return at(path);
    }

    /**
     * Whether the {@code Mingle-Signature} header signs the body with the secret: {@code t=<seconds>,v1=<hex
     * HMAC-SHA256 of "<t>.<body>">}, with a time within five minutes of now.
     */
    static boolean verify(String secret, String header, String body) {
        if (header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        long seconds = Long.parseLong(t);
        if (Math.abs(Instant.now().getEpochSecond() - seconds) > Duration.ofMinutes(5).toSeconds()) {
            return false;
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
