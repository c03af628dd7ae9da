package org.mingle.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A page asked for by N clients in a closed loop against a running Mingle on 127.0.0.1: each client sends its next
 * request when the last is answered, over kept-alive connections, for S seconds, and each answer's time is kept for
 * the phase's percentiles. Also sets up what the load needs (accounts, events) through the API of one instance.
 */
final class ClosedLoopLoad {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    /** Answers one client keeps per phase: more than it can be sent in the longest phase we run. */
    private static final int MOST_ANSWERS_PER_CLIENT = 200_000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String setUpBase;

    /** Sets up through the instance on this port. */
    ClosedLoopLoad(int setUpPort) {
        this.setUpBase = base(setUpPort);
    }

    static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** One phase's figures: requests answered, their statuses, and the p50 and p99 of their times. */
    record Phase(String label, int clients, int seconds, int answered, Map<Integer, Integer> statuses, double p50Ms,
                 double p99Ms) {

        double perSecond() {
            return answered / (double) seconds;
        }

        /** The figures in the format's order: label, clients, seconds, requests/s, p50, p99, statuses. */
        String shown(String format) {
            return String.format(format, label, clients, seconds, perSecond(), p50Ms, p99Ms, statuses);
        }
    }

    /** {@code GET url} from the clients for the seconds; an answer that never came counts as status -1. */
    Phase phase(String url, String label, int clients, int seconds) throws InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(30)).GET().build();
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        List<long[]> latencies = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[MOST_ANSWERS_PER_CLIENT];
            latencies.add(mine);
            pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < deadline && n < mine.length) {
                    long begin = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, BodyHandlers.discarding()).statusCode();
                    } catch (IOException failed) {
                        status = -1;
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                    mine[n++] = System.nanoTime() - begin;
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        var all = new ArrayList<Long>();
        for (long[] mine : latencies) {
            for (long nanos : mine) {
                if (nanos == 0) {
                    break;
                }
                all.add(nanos);
            }
        }
        all.sort(Long::compare);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        statuses.forEach((code, count) -> byStatus.put(code, count.get()));
        return new Phase(label, clients, seconds, all.size(), byStatus, percentile(all, 50), percentile(all, 99));
    }

    /** Signs up a person with this email's local part and name, logs in, and answers the access token. */
    String token(String label, String name, String password) throws Exception {
        String email = label + "@example.com";
        expect(201, send("POST", "/api/auth/signup", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"displayName\":\"" + name + "\"}"));
        var login = send("POST", "/api/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\"}");
        expect(200, login);
        return match(TOKEN, login.body());
    }

    HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(setUpBase + path)).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    static String match(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found in " + text);
        }
        return matcher.group(1);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(index) / 1e6;
    }
}
