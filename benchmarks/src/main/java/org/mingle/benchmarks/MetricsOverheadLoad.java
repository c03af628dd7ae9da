package org.mingle.benchmarks;

import static org.mingle.benchmarks.ClosedLoopLoad.ID;
import static org.mingle.benchmarks.ClosedLoopLoad.expect;
import static org.mingle.benchmarks.ClosedLoopLoad.loadAverage;
import static org.mingle.benchmarks.ClosedLoopLoad.match;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;
import org.mingle.benchmarks.ClosedLoopLoad.Phase;

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

    private static final String PHASE =
            "%-12s %3d clients %3d s: %7.0f requests/s, p50 %.2f ms, p99 %.1f ms, statuses %s";

    private final ClosedLoopLoad load;
    private final String withMetrics;
    private final String withoutMetrics;

    private MetricsOverheadLoad(int withMetrics, int withoutMetrics) {
        this.load = new ClosedLoopLoad(withMetrics);
        this.withMetrics = ClosedLoopLoad.base(withMetrics);
        this.withoutMetrics = ClosedLoopLoad.base(withoutMetrics);
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
        String organizer = load.token("organizer-metrics-" + run, "Olga Metrics " + run, "metrics overhead load 2026");
        Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        var created = load.send("POST", "/api/events", organizer, """
                {"title": "Metrics night %s", "description": "Benchmarking the request path", "startsAt": "%s",
                 "endsAt": "%s", "timeZone": "Europe/Berlin", "venue": "Hall 1", "capacity": 100}"""
                .formatted(run, start, start.plus(Duration.ofHours(3))));
        expect(201, created);
        String event = match(ID, created.body());
        expect(200, load.send("POST", "/api/events/" + event + "/publish", organizer, ""));

        String path = "/api/events/" + event;
        System.out.printf("load average before: %s%n", loadAverage());
        // Warm-up: the JIT compiles the request path of both instances before anything is measured.
        load.phase(withMetrics + path, "metrics on", clients, 10);
        load.phase(withoutMetrics + path, "metrics off", clients, 10);
        var results = new ArrayList<Phase>();
        results.add(load.phase(withMetrics + path, "metrics on", clients, seconds));
        results.add(load.phase(withoutMetrics + path, "metrics off", clients, seconds));
        results.add(load.phase(withoutMetrics + path, "metrics off", clients, seconds));
        results.add(load.phase(withMetrics + path, "metrics on", clients, seconds));
        System.out.printf("load average after: %s%n", loadAverage());
        for (Phase result : results) {
            System.out.println(result.shown(PHASE));
        }
        double onP50 = (results.get(0).p50Ms() + results.get(3).p50Ms()) / 2;
        double offP50 = (results.get(1).p50Ms() + results.get(2).p50Ms()) / 2;
        double on = (results.get(0).perSecond() + results.get(3).perSecond()) / 2;
        double off = (results.get(1).perSecond() + results.get(2).perSecond()) / 2;
        System.out.printf("mean p50: on %.2f ms, off %.2f ms, ratio %.3f; mean requests/s: on %.0f, off %.0f, "
                + "ratio %.3f%n", onP50, offP50, onP50 / offP50, on, off, on / off);
    }
}
