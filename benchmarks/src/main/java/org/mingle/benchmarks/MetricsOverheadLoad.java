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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * What metrics and request ids cost on the request path (decision 57): two instances of Mingle on one database, one
 * with its management port (requests timed by route, status and method) and one with
 * {@code mingle.server.management-port=off} (requests not timed). Creates and publishes one event through the first,
 * then sends {@code GET /api/events/{id}} from N clients in a closed loop (each sends its next request when the last
 * is answered, over kept-alive connections) for S seconds per phase: on, off, off, on, so drift on the shared machine
 * falls on both alike. Prints throughput, p50 and p99 of each phase, the medians' ratio, and the load average.
 *
 * <p>Arguments: port with metrics, port without, clients (16), seconds per phase (20).
 */
public final class MetricsOverheadLoad {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String withMetrics;
    private final String withoutMetrics;

    private MetricsOverheadLoad(int withMetrics, int withoutMetrics) {
        this.withMetrics = "http://127.0.0.1:" + withMetrics;
        this.withoutMetrics = "http://127.0.0.1:" + withoutMetrics;
    }

    public static void main(String[] args) throws Exception {
        int on = Integer.parseInt(args[0]);
        int off = Integer.parseInt(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        new MetricsOverheadLoad(on, off).run(clients, seconds);
    }

    private void run(int clients, int seconds) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String organizer = token("organizer-metrics-" + run, "Olga Metrics " + run);
        Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        var created = send("POST", "/api/events", organizer, """
                {"title": "Metrics night %s", "description": "Benchmarking the request path", "startsAt": "%s",
                 "endsAt": "%s", "timeZone": "Europe/Berlin", "venue": "Hall 1", "capacity": 100}"""
                .formatted(run, start, start.plus(Duration.ofHours(3))));
        expect(201, created);
        String event = match(ID, created.body());
        expect(200, send("POST", "/api/events/" + event + "/publish", organizer, ""));

        String path = "/api/events/" + event;
        System.out.printf("load average before: %s%n", loadAverage());
        // Warm-up: the JIT compiles the request path of both instances before anything is measured.
        phase(withMetrics, "metrics on", path, clients, 10);
        phase(withoutMetrics, "metrics off", path, clients, 10);
        var results = new ArrayList<Result>();
        results.add(phase(withMetrics, "metrics on", path, clients, seconds));
        results.add(phase(withoutMetrics, "metrics off", path, clients, seconds));
        results.add(phase(withoutMetrics, "metrics off", path, clients, seconds));
        results.add(phase(withMetrics, "metrics on", path, clients, seconds));
        System.out.printf("load average after: %s%n", loadAverage());
        for (Result result : results) {
            System.out.println(result);
        }
        double onP50 = (results.get(0).p50Ms() + results.get(3).p50Ms()) / 2;
        double offP50 = (results.get(1).p50Ms() + results.get(2).p50Ms()) / 2;
        double on = (results.get(0).perSecond() + results.get(3).perSecond()) / 2;
        double off = (results.get(1).perSecond() + results.get(2).perSecond()) / 2;
        System.out.printf("mean p50: on %.2f ms, off %.2f ms, ratio %.3f; mean requests/s: on %.0f, off %.0f, "
                + "ratio %.3f%n", onP50, offP50, onP50 / offP50, on, off, on / off);
    }

    private record Result(String path, int clients, int seconds, int answered, Map<Integer, Integer> statuses,
                          double p50Ms, double p99Ms) {

        double perSecond() {
            return answered / (double) seconds;
        }

        @Override
        public String toString() {
            return String.format("%-12s %3d clients %3d s: %7.0f requests/s, p50 %.2f ms, p99 %.1f ms, statuses %s",
                    path, clients, seconds, perSecond(), p50Ms, p99Ms, statuses);
        }
    }

    private Result phase(String base, String label, String path, int clients, int seconds)
            throws InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(30)).GET().build();
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        List<long[]> latencies = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[200_000];
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
        return new Result(label, clients, seconds, all.size(), byStatus, percentile(all, 50), percentile(all, 99));
    }

    private String token(String label, String name) throws Exception {
        String email = label + "@example.com";
        String password = "metrics overhead load 2026";
        expect(201, send("POST", "/api/auth/signup", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"displayName\":\"" + name + "\"}"));
        var login = send("POST", "/api/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\"}");
        expect(200, login);
        return match(TOKEN, login.body());
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(withMetrics + path)).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static String match(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found in " + text);
        }
        return matcher.group(1);
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(index) / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
