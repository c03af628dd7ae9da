package org.mingle.benchmarks;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.testsupport.TestDatabases;

/**
 * What one attendee waits for "People to meet": {@code RecommendationService.recommendations} end to end on
 * PostgreSQL (confirmed attendees, their profiles, blocks and matches loaded, engine built, top 10 with reasons), on
 * events of several sizes with generated profiles (10 interests drawn Zipf-like from 300, random goals, industries and
 * seniority). The baseline, in the same run on the same database, is the cheapest query recommendations cannot avoid:
 * the list of the event's confirmed attendees. Prints median, p90 and p99 of both and the ratio of the medians.
 * Statistics are refreshed after loading, as autovacuum does on a live database.
 *
 * <p>Arguments (optional): event sizes, comma-separated (500,2000,5000); viewers sampled per size (200).
 */
public final class RecommendationLatency {

    private static final int TOPICS = 300;
    private static final double[] CUMULATIVE = new double[TOPICS];

    static {
        double total = 0;
        for (int rank = 0; rank < TOPICS; rank++) {
            total += 1.0 / (rank + 1);
            CUMULATIVE[rank] = total;
        }
    }

    private RecommendationLatency() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "500,2000,5000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        var database = TestDatabases.create();
        try (var context = BenchmarkContexts.start(new java.util.HashMap<String, Object>(database.micronautProperties()))) {
            var sql = context.getBean(DSLContext.class);
            var events = context.getBean(EventService.class);
            var registrations = context.getBean(RegistrationService.class);
            var profiles = context.getBean(ProfileService.class);
            var recommendations = context.getBean(RecommendationService.class);
            var random = new Random(42);
            for (int size : sizes) {
                var people = GeneratedAccounts.insert(sql, size + 1, "Person");
                var organizer = people.get(0);
                var start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
                EventId event = events.create(organizer, new EventInput("Event of " + size, "", start,
                        start.plus(Duration.ofHours(3)), "Europe/Berlin", "Hall", size, null, false, 0.3)).id();
                events.publish(organizer, event);
                var attendees = people.subList(1, people.size());
                for (var person : attendees) {
                    profiles.update(person, profile(random));
                    registrations.register(person, event);
                }
                // Fresh statistics, as autovacuum keeps them on a live database: right after a bulk load the planner
                // still believes the tables empty and picks plans that scan them once per row.
                sql.execute("analyze");
                for (int warm = 0; warm < 100; warm++) {
                    recommendations.recommendations(attendees.get(random.nextInt(size)), event, 10);
                }
                long[] engine = new long[samples];
                long[] baseline = new long[samples];
                for (int i = 0; i < samples; i++) {
                    var viewer = attendees.get(random.nextInt(size));
                    long t0 = System.nanoTime();
                    var top = recommendations.recommendations(viewer, event, 10);
                    long t1 = System.nanoTime();
                    var listed = registrations.confirmedAttendees(event);
                    long t2 = System.nanoTime();
                    if (top.isEmpty() || listed.size() != size) {
                        throw new IllegalStateException("unexpected result for an event of " + size);
                    }
                    engine[i] = t1 - t0;
                    baseline[i] = t2 - t1;
                }
                Arrays.sort(engine);
                Arrays.sort(baseline);
                System.out.printf("%d attendees: recommendations p50 %.1f ms, p90 %.1f ms, p99 %.1f ms;"
                                + " attendee list p50 %.1f ms, p99 %.1f ms; ratio of medians %.1f%n", size,
                        ms(engine, 0.5), ms(engine, 0.9), ms(engine, 0.99), ms(baseline, 0.5), ms(baseline, 0.99),
                        ms(engine, 0.5) / ms(baseline, 0.5));
            }
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static ProfileInput profile(Random random) {
        var interests = new ArrayList<String>();
        while (interests.size() < 10) {
            String topic = "topic " + zipf(random);
            if (!interests.contains(topic)) {
                interests.add(topic);
            }
        }
        return new ProfileInput(null, "Generated headline", "", "Company " + random.nextInt(200),
                "Industry " + random.nextInt(12), Seniority.values()[random.nextInt(Seniority.values().length)].name(),
                interests, goals(random), goals(random), List.of(), Map.of());
    }

    /** Topic ranks with probability proportional to 1 / rank. */
    static int zipf(Random random) {
        double roll = random.nextDouble() * CUMULATIVE[TOPICS - 1];
        int rank = 0;
        while (CUMULATIVE[rank] < roll) {
            rank++;
        }
        return rank;
    }

    private static List<String> goals(Random random) {
        var goals = new ArrayList<String>();
        for (int g = random.nextInt(3); g > 0; g--) {
            goals.add(Goal.values()[random.nextInt(Goal.values().length)].name());
        }
        return goals;
    }
}
