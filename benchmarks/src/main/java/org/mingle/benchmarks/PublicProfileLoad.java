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
 * The public profile page {@code /p/{handle}} for anonymous visitors against the event's API page
 * {@code GET /api/events/{id}} in the same run (issue 18, decision 45). Against a running Mingle on 127.0.0.1: signs
 * up a person with a public page and an organizer with a published event, then sends each page from N clients in a
 * closed loop (each sends its next request when the last is answered, over kept-alive connections) for S seconds:
 * profile, event, then both again in the other order, so drift on the shared machine falls on both alike. Prints
 * throughput, p50 and p99 of each phase, the profile-to-event ratio, and the load average before and after.
 *
 * <p>Arguments: port, clients (16), seconds per phase (20).
 */
public final class PublicProfileLoad {

    private static final String PHASE =
            "%-40s %3d clients %3d s: %7.0f requests/s, p50 %.1f ms, p99 %.1f ms, statuses %s";

    private static final String PASSWORD = "public page load 2026";

    private final ClosedLoopLoad load;
    private final String base;

    private PublicProfileLoad(int port) {
        this.load = new ClosedLoopLoad(port);
        this.base = ClosedLoopLoad.base(port);
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        new PublicProfileLoad(port).run(clients, seconds);
    }

    private void run(int clients, int seconds) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String person = load.token("visitor-page-" + run, "Grace Load " + run, PASSWORD);
        String handle = "load-" + run;
        expect(200, load.send("PUT", "/api/me/profile", person, """
                {"headline": "Compiler pioneer", "company": "Remington Rand", "interests": ["compilers", "cobol"],
                 "visibility": {"headline": "PUBLIC", "company": "PUBLIC", "interests": "PUBLIC"},
                 "handle": "%s", "publicProfile": true}""".formatted(handle)));
        String organizer = load.token("organizer-page-" + run, "Olga Load " + run, PASSWORD);
        Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        var created = load.send("POST", "/api/events", organizer, """
                {"title": "Load night %s", "description": "Benchmarking the pages", "startsAt": "%s",
                 "endsAt": "%s", "timeZone": "Europe/Berlin", "venue": "Hall 1", "capacity": 100}"""
                .formatted(run, start, start.plus(Duration.ofHours(3))));
        expect(201, created);
        String event = match(ID, created.body());
        expect(200, load.send("POST", "/api/events/" + event + "/publish", organizer, ""));

        String profilePath = "/p/" + handle;
        String eventPath = "/api/events/" + event;
        System.out.printf("load average before: %s%n", loadAverage());
        // Warm-up: the JIT compiles both request paths before anything is measured.
        phase(profilePath, clients, 10);
        phase(eventPath, clients, 10);
        var results = new ArrayList<Phase>();
        results.add(phase(profilePath, clients, seconds));
        results.add(phase(eventPath, clients, seconds));
        results.add(phase(eventPath, clients, seconds));
        results.add(phase(profilePath, clients, seconds));
        System.out.printf("load average after: %s%n", loadAverage());
        for (Phase result : results) {
            System.out.println(result.shown(PHASE));
        }
        double profile = (results.get(0).perSecond() + results.get(3).perSecond()) / 2;
        double eventPage = (results.get(1).perSecond() + results.get(2).perSecond()) / 2;
        System.out.printf("mean requests/s: profile page %.0f, event API page %.0f, ratio %.2f%n", profile, eventPage,
                profile / eventPage);
    }

    private Phase phase(String path, int clients, int seconds) throws InterruptedException {
        return load.phase(base + path, path.startsWith("/p/") ? "/p/{handle}" : "/api/events/{id}", clients, seconds);
    }
}
