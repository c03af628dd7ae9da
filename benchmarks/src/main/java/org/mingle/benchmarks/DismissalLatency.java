package org.mingle.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInput;
import org.mingle.domain.events.EventService;
import org.mingle.domain.matching.DismissalReason;
import org.mingle.domain.matching.DismissalService;
import org.mingle.domain.matching.PersonToMeet;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.TestDatabases;

/**
 * What "not for me" costs the request path of "People to meet" (decision 53): {@code RecommendationService
 * .recommendations} end to end on PostgreSQL (event and access checks, the viewer's dismissals read in the same
 * transaction, the event's model from memory, what the dismissals teach, top 10 with reasons), at an event of 2,000
 * attendees with generated profiles as in {@link RecommendationLatency}. Half of the sampled viewers then dismiss the 50
 * people they were recommended first (half NOT_RELEVANT, a quarter each ALREADY_KNOW and NOT_NOW); the other half
 * dismiss nobody. Both halves are then measured in one interleaved loop, so drift on the machine hits both alike.
 * Prints median, p90 and p99 of each and the ratio of the medians.
 *
 * <p>Arguments (optional): attendees (2000); viewers per half (100); rounds over all viewers (20); dismissals (50).
 */
public final class DismissalLatency {

    private DismissalLatency() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int viewersPerHalf = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int dismissed = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        var database = TestDatabases.create();
        try (var context = BenchmarkContexts.start(new HashMap<String, Object>(database.micronautProperties()))) {
            var sql = context.getBean(DSLContext.class);
            var events = context.getBean(EventService.class);
            var registrations = context.getBean(RegistrationService.class);
            var profiles = context.getBean(ProfileService.class);
            var recommendations = context.getBean(RecommendationService.class);
            var dismissals = context.getBean(DismissalService.class);
            var random = new Random(42);
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
            sql.execute("analyze");
            List<AccountId> shuffled = new ArrayList<>(attendees);
            java.util.Collections.shuffle(shuffled, random);
            List<AccountId> none = shuffled.subList(0, viewersPerHalf);
            List<AccountId> some = shuffled.subList(viewersPerHalf, 2 * viewersPerHalf);
            for (var viewer : some) {
                var first = recommendations.recommendations(viewer, event, dismissed);
                for (int i = 0; i < first.size(); i++) {
                    PersonToMeet person = first.get(i);
                    var reason = i % 2 == 0 ? DismissalReason.NOT_RELEVANT
                            : i % 4 == 1 ? DismissalReason.ALREADY_KNOW : DismissalReason.NOT_NOW;
                    dismissals.dismiss(viewer, event, person.accountId(), reason);
                }
            }
            sql.execute("analyze");
            for (int warm = 0; warm < 200; warm++) {
                recommendations.recommendations(none.get(warm % none.size()), event, 10);
                recommendations.recommendations(some.get(warm % some.size()), event, 10);
            }
            long[] withNone = new long[rounds * viewersPerHalf];
            long[] withSome = new long[rounds * viewersPerHalf];
            int n = 0;
            for (int round = 0; round < rounds; round++) {
                for (int v = 0; v < viewersPerHalf; v++) {
                    boolean someFirst = random.nextBoolean();
                    long a = time(recommendations, someFirst ? some.get(v) : none.get(v), event);
                    long b = time(recommendations, someFirst ? none.get(v) : some.get(v), event);
                    withSome[n] = someFirst ? a : b;
                    withNone[n] = someFirst ? b : a;
                    n++;
                }
            }
            Arrays.sort(withNone);
            Arrays.sort(withSome);
            System.out.printf("%d attendees, %d viewers each, %d calls each: 0 dismissals p50 %.3f ms, p90 %.3f ms,"
                            + " p99 %.3f ms; %d dismissals p50 %.3f ms, p90 %.3f ms, p99 %.3f ms;"
                            + " ratio of medians %.3f%n", size, viewersPerHalf, n, ms(withNone, 0.5),
                    ms(withNone, 0.9), ms(withNone, 0.99), dismissed, ms(withSome, 0.5), ms(withSome, 0.9),
                    ms(withSome, 0.99), ms(withSome, 0.5) / ms(withNone, 0.5));
        }
    }

    private static long time(RecommendationService recommendations, AccountId viewer, EventId event) {
        long t0 = System.nanoTime();
        var top = recommendations.recommendations(viewer, event, 10);
        long elapsed = System.nanoTime() - t0;
        if (top.size() != 10) {
            throw new IllegalStateException("expected ten recommendations, got " + top.size());
        }
        return elapsed;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static ProfileInput profile(Random random) {
        var interests = new ArrayList<String>();
        while (interests.size() < 10) {
            String topic = "topic " + RecommendationLatency.zipf(random);
            if (!interests.contains(topic)) {
                interests.add(topic);
            }
        }
        return new ProfileInput(null, "Generated headline", "", "Company " + random.nextInt(200),
                "Industry " + random.nextInt(12), Seniority.values()[random.nextInt(Seniority.values().length)].name(),
                interests, goals(random), goals(random), List.of(), Map.of());
    }

    private static List<String> goals(Random random) {
        var goals = new ArrayList<String>();
        for (int g = random.nextInt(3); g > 0; g--) {
            goals.add(Goal.values()[random.nextInt(Goal.values().length)].name());
        }
        return goals;
    }
}
