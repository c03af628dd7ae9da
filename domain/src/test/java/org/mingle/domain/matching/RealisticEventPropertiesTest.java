package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.shared.AccountId;

/**
 * Events shaped like the benchmark's and like real ones (300 topics, a few very common and a long tail of rare ones,
 * 1,500 attendees): the engine's shortcuts (inverted index, goal-group bounds) must still give the brute force result.
 */
class RealisticEventPropertiesTest {

    private static final int TOPICS = 300;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void topKEqualsBruteForceOnZipfShapedEvents(long seed) {
        Random random = new Random(seed);
        List<Attendee> attendees = zipfEvent(random, 1500);
        MatchSettings settings = new MatchSettings(random.nextInt(4) / 3.0, random.nextBoolean());
        MatchingEngine engine = MatchingEngine.of(attendees, Exclusions.none(), settings);
        BruteForceMatching bruteForce = new BruteForceMatching(attendees, Exclusions.none(), settings);

        for (int sample = 0; sample < 60; sample++) {
            AccountId viewer = attendees.get(random.nextInt(attendees.size())).accountId();
            int k = 1 + random.nextInt(12);
            assertThat(engine.topK(viewer, k)).as("viewer %s, k %d", viewer, k).isEqualTo(bruteForce.topK(viewer, k));
        }
    }

    private static List<Attendee> zipfEvent(Random random, int size) {
        double[] cumulative = new double[TOPICS];
        double total = 0;
        for (int rank = 0; rank < TOPICS; rank++) {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Set<Interest> interests = new HashSet<>();
            int wanted = random.nextInt(11);
            while (interests.size() < wanted) {
                double roll = random.nextDouble() * total;
                int rank = 0;
                while (cumulative[rank] < roll) {
                    rank++;
                }
                interests.add(Interest.of("topic " + rank));
            }
            attendees.add(new Attendee(new AccountId(new UUID(random.nextLong(), random.nextLong())), "P" + i,
                    interests, goals(random), goals(random), "industry " + random.nextInt(12),
                    Seniority.values()[random.nextInt(Seniority.values().length)], "company " + random.nextInt(60),
                    Attendee.visibleToAttendees()));
        }
        return attendees;
    }

    private static Set<Goal> goals(Random random) {
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        for (int g = random.nextInt(3); g > 0; g--) {
            goals.add(Goal.values()[random.nextInt(Goal.values().length)]);
        }
        return goals;
    }
}
