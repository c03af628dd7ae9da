package org.mingle.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Resident memory of a running Mingle under a flood of log-ins. Each of the clients has an account of its own and
 * speaks from a loopback address of its own (127.0.1.1, 127.0.1.2, ...), as different people would; it sends its next
 * log-in as soon as its last is answered, for a fixed time, while the server process's resident set ({@code VmRSS} in
 * {@code /proc/PID/status}) is sampled every 100 ms. Prints the resident memory before, the peak during, and 10 s
 * after the flood, the answers by status, and their latencies.
 *
 * <p>Arguments: port, server PID, concurrent clients (50, at most 250), seconds (30). Only talks to 127.0.0.1, and
 * never sends more than 200 log-ins per client.
 */
public final class LogInMemoryLoad {

    private static final int MAX_PER_CLIENT = 200;
    private static final String PASSWORD = "memory load password 2026";

    private LogInMemoryLoad() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long pid = Long.parseLong(args[1]);
        int clients = Math.min(250, args.length > 2 ? Integer.parseInt(args[2]) : 50);
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        var status = Path.of("/proc", Long.toString(pid), "status");

        String run = UUID.randomUUID().toString().substring(0, 8);
        var logIns = new ArrayList<String>();
        for (int c = 0; c < clients; c++) {
            String email = "load-" + run + "-" + c + "@example.com";
            int signedUp = post(source(c), port, "/api/auth/signup", "{\"email\":\"" + email + "\",\"password\":\""
                    + PASSWORD + "\",\"displayName\":\"Load Tester " + c + "\"}");
            if (signedUp != 201) {
                throw new IllegalStateException("Sign-up answered " + signedUp);
            }
            logIns.add("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        }

        Thread.sleep(2_000);
        long before = residentKib(status);
        var peak = new AtomicLong(before);
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var latenciesMs = new ArrayList<Long>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);

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
                int client = c;
                pool.submit(() -> {
                    for (int n = 0; n < MAX_PER_CLIENT && System.nanoTime() < deadline; n++) {
                        long start = System.nanoTime();
                        int code;
                        try {
                            code = post(source(client), port, "/api/auth/login", logIns.get(client));
                        } catch (IOException failed) {
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

    private static String source(int client) {
        return "127.0.1." + (client + 1);
    }

    /** One POST over a connection of its own from {@code source}; answers the status code. */
    private static int post(String source, int port, String path, String json) throws IOException {
        var body = json.getBytes(StandardCharsets.UTF_8);
        var head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        try (var socket = new Socket()) {
            socket.setSoTimeout(120_000);
            socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(response.substring(9, 12));
        }
    }

    private static long residentKib(Path status) throws IOException {
        for (var line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("No VmRSS in " + status);
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
