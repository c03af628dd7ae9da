package org.mingle.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Resident memory of a running Mingle under a flood of log-ins: signs up one account, then keeps a fixed number of
 * log-ins in flight (each client sends its next as soon as its last is answered) for a fixed time, while sampling
 * the server process's resident set ({@code VmRSS} in {@code /proc/PID/status}) every 100 ms. Prints the resident
 * memory before, the peak during, and 10 s after the flood, and the answers by status.
 *
 * <p>Arguments: port, server PID, concurrent clients (50), seconds (30). Only talks to 127.0.0.1, and never sends more
 * than 200 log-ins per client.
 */
public final class LogInMemoryLoad {

    private static final int MAX_PER_CLIENT = 200;
    private static final String PASSWORD = "memory load password 2026";

    private LogInMemoryLoad() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long pid = Long.parseLong(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        var base = URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var status = Path.of("/proc", Long.toString(pid), "status");

        String email = "load-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var signUp = post(http, base.resolve("/api/auth/signup"),
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Load Tester\"}");
        if (signUp.statusCode() != 201) {
            throw new IllegalStateException("Sign-up answered " + signUp.statusCode() + ": " + signUp.body());
        }
        String logIn = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";

        Thread.sleep(2_000);
        long before = residentKib(status);
        var peak = new AtomicLong(before);
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var latenciesMs = new ArrayList<Long>();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();

        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    peak.accumulateAndGet(residentKib(status), Math::max);
                    Thread.sleep(100);
                } catch (InterruptedException | IOException stop) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        var pool = Executors.newFixedThreadPool(clients);
        try {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    for (int n = 0; n < MAX_PER_CLIENT && System.nanoTime() < deadline; n++) {
                        long start = System.nanoTime();
                        int code;
                        try {
                            code = post(http, base.resolve("/api/auth/login"), logIn).statusCode();
                        } catch (IOException | InterruptedException failed) {
                            code = -1;
                        }
                        statuses.computeIfAbsent(code, k -> new AtomicInteger()).incrementAndGet();
                        synchronized (latenciesMs) {
                            latenciesMs.add((System.nanoTime() - start) / 1_000_000);
                        }
                    }
                    return null;
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        }
        long peakDuring = peak.get();
        Thread.sleep(10_000);
        sampler.interrupt();
        long after = residentKib(status);

        latenciesMs.sort(Long::compare);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        statuses.forEach((code, count) -> byStatus.put(code, count.get()));
        System.out.printf("clients %d, %d s: answers by status %s%n", clients, seconds, byStatus);
        System.out.printf("latency ms: p50 %d, p90 %d, p99 %d, max %d%n", percentile(latenciesMs, 50),
                percentile(latenciesMs, 90), percentile(latenciesMs, 99), percentile(latenciesMs, 100));
        System.out.printf("resident MiB: before %d, peak %d, 10 s after %d%n", before / 1024, peakDuring / 1024,
                after / 1024);
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long residentKib(Path status) throws IOException {
        for (var line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("No VmRSS in " + status);
    }

    private static long percentile(java.util.List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
