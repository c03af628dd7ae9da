package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.shared.AccountId;

/** Properties that hold on every generated event; each seed is one reproducible event. */
class MatchingPropertiesTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    /** Sizes from 2 to 300, biased towards small events where edge cases live. */
    private static int size(long seed) {
        Random random = new Random(seed * 31);
        return 2 + (random.nextBoolean() ? random.nextInt(20) : random.nextInt(299));
    }

    private static int k(long seed) {
        return 1 + new Random(seed * 17).nextInt(15);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void engineAgreesWithBruteForceExactly(long seed) {
        GeneratedEvent event = GeneratedEvent.generate(seed, size(seed));
        int k = k(seed);

        Map<AccountId, List<Recommendation>> engine = event.engine().allTopK(k);

        assertThat(engine).isEqualTo(event.bruteForce().allTopK(k));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void engineAgreesWithBruteForceWhenKExceedsTheEvent(long seed) {
        GeneratedEvent event = GeneratedEvent.generate(seed, 2 + (int) (seed % 12));

        assertThat(event.engine().allTopK(50)).isEqualTo(event.bruteForce().allTopK(50));
    }

    /**
     * An event's model keeps one engine and derives the others: under the organizers' current settings, and with each
     * new block, match or connection. Each derived engine must equal a brute force on the same input.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void derivedEnginesAgreeWithBruteForceExactly(long seed) {
        GeneratedEvent event = GeneratedEvent.generate(seed, size(seed));
        Random random = new Random(seed);
        MatchSettings other = new MatchSettings(random.nextInt(11) / 10.0, random.nextBoolean());
        Set<Exclusions.Pair> added = new HashSet<>(event.exclusions().connected());
        MatchingEngine engine = MatchingEngine.of(event.attendees(), event.exclusions(), other)
                .withSettings(event.settings());
        for (int i = 0; i < 1 + event.attendees().size() / 5; i++) {
            var pair = Exclusions.Pair.of(event.attendees().get(random.nextInt(event.attendees().size())).accountId(),
                    event.attendees().get(random.nextInt(event.attendees().size())).accountId());
            engine = engine.excluding(pair);
            if (!pair.first().equals(pair.second())) {
                added.add(pair);
            }
        }
        var exclusions = new Exclusions(event.exclusions().blocked(), added);
        int k = k(seed);

        assertThat(engine.allTopK(k)).isEqualTo(new BruteForceMatching(event.attendees(), exclusions,
                event.settings()).allTopK(k));
        assertThat(engine.withSettings(other).allTopK(k)).isEqualTo(new BruteForceMatching(event.attendees(),
                exclusions, other).allTopK(k));
    }

    /** "Is the other among the viewer's best k" answers exactly what the ranking answers, for every pair. */
    @ParameterizedTest
    @MethodSource("seeds")
    void isAmongBestAgreesWithTheRankingForEveryPair(long seed) {
        GeneratedEvent event = GeneratedEvent.generate(seed, Math.min(size(seed), 120));
        MatchingEngine engine = event.engine();
        int k = k(seed);
        int ranked = 0;
        int answeredYes = 0;

        for (var viewer : event.attendees()) {
            Set<AccountId> best = new HashSet<>();
            engine.bestPartners(viewer.accountId(), k).forEach(partner -> best.add(partner.accountId()));
            ranked += best.size();
            for (var other : event.attendees()) {
                boolean answer = engine.isAmongBest(viewer.accountId(), other.accountId(), k);
                answeredYes += answer ? 1 : 0;
                assertThat(answer).as("viewer %s, other %s", viewer.accountId(), other.accountId())
                        .isEqualTo(best.contains(other.accountId()));
            }
        }
        assertThat(answeredYes).as("yes answers, one per ranked partner").isEqualTo(ranked);
    }

    /** Partners within a group are the best of the group: the brute force's ranking filtered to its members. */
    @ParameterizedTest
    @MethodSource("seeds")
    void bestPartnersInAGroupAreTheGroupsBest(long seed) {
        GeneratedEvent event = GeneratedEvent.generate(seed, size(seed));
        Random random = new Random(seed);
        Set<AccountId> members = new HashSet<>();
        event.attendees().stream().filter(a -> random.nextInt(3) > 0).forEach(a -> members.add(a.accountId()));
        MatchingEngine engine = event.engine();
        var group = engine.group(members);
        BruteForceMatching bruteForce = event.bruteForce();
        int k = k(seed);

        for (AccountId viewer : members) {
            var expected = bruteForce.topK(viewer, event.attendees().size()).stream()
                    .filter(r -> members.contains(r.accountId())).limit(k)
                    .map(r -> new Partner(r.accountId(), r.score())).toList();
            assertThat(engine.bestPartners(viewer, k, group)).as("viewer %s", viewer).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void exclusionsAreNeverViolated(long seed) {
        GeneratedEvent event = GeneratedEvent.generate(seed, size(seed));
        Map<AccountId, Attendee> byId = event.attendees().stream()
                .collect(java.util.stream.Collectors.toMap(Attendee::accountId, a -> a));

        event.engine().allTopK(20).forEach((viewer, recommendations) -> {
            for (Recommendation recommendation : recommendations) {
                AccountId other = recommendation.accountId();
                assertThat(other).isNotEqualTo(viewer);
                assertThat(event.exclusions().excludes(viewer, other)).isFalse();
                assertThat(event.exclusions().excludes(other, viewer)).isFalse();
                if (event.settings().excludeSameCompany()) {
                    Attendee a = byId.get(viewer);
                    Attendee b = byId.get(other);
                    boolean bothShown = a.usable(ProfileField.COMPANY) && b.usable(ProfileField.COMPANY)
                            && a.company() != null && b.company() != null;
                    if (bothShown) {
                        assertThat(Interest.comparisonKey(a.company())).isNotEqualTo(
                                Interest.comparisonKey(b.company()));
                    }
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void hiddenFieldsNeverChangeScoresNorReachReasons(long seed) {
        GeneratedEvent event = GeneratedEvent.generate(seed, size(seed));
        GeneratedEvent scrambled = event.withHiddenFieldsScrambled(seed);
        int k = k(seed);

        Map<AccountId, List<Recommendation>> original = event.engine().allTopK(k);
        Map<AccountId, List<Recommendation>> withSecrets = scrambled.engine().allTopK(k);

        assertThat(withSecrets).isEqualTo(original);
        withSecrets.values().stream().flatMap(List::stream).flatMap(r -> r.reasons().stream())
                .forEach(reason -> assertThat(reason.detail()).doesNotContainIgnoringCase(GeneratedEvent.SECRET));
        MatchingEngine engine = event.engine();
        MatchingEngine scrambledEngine = scrambled.engine();
        List<Attendee> people = event.attendees();
        for (int i = 0; i + 1 < Math.min(people.size(), 40); i++) {
            AccountId a = people.get(i).accountId();
            AccountId b = people.get(i + 1).accountId();
            assertThat(scrambledEngine.score(a, b)).isEqualTo(engine.score(a, b));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void reasonsOnlyUseFieldsTheViewerMaySee(long seed) {
        GeneratedEvent event = GeneratedEvent.generate(seed, size(seed));
        Map<AccountId, Attendee> byId = event.attendees().stream()
                .collect(java.util.stream.Collectors.toMap(Attendee::accountId, a -> a));

        event.engine().allTopK(k(seed)).forEach((viewer, recommendations) -> {
            for (Recommendation recommendation : recommendations) {
                Attendee other = byId.get(recommendation.accountId());
                for (Reason reason : recommendation.reasons()) {
                    switch (reason.kind()) {
                        case SHARED_INTEREST -> assertThat(other.usable(ProfileField.INTERESTS)).isTrue();
                        case COMPLEMENTARY_GOAL -> assertThat(reason.detail().startsWith("You are")
                                ? other.usable(ProfileField.OFFERING) : other.usable(ProfileField.SEEKING)).isTrue();
                        case NEW_PERSPECTIVE -> assertThat(reason.detail().startsWith("Works in")
                                ? other.usable(ProfileField.INDUSTRY) : other.usable(ProfileField.SENIORITY)).isTrue();
                    }
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyPartOfTheScoreIsSymmetric(long seed) {
        GeneratedEvent event = GeneratedEvent.generate(seed, 2 + (int) (seed % 40));
        MatchingEngine engine = event.engine();
        BruteForceMatching bruteForce = event.bruteForce();

        for (Attendee a : event.attendees()) {
            for (Attendee b : event.attendees()) {
                ScoreBreakdown ab = engine.score(a.accountId(), b.accountId());
                assertThat(engine.score(b.accountId(), a.accountId())).isEqualTo(ab);
                assertThat(bruteForce.score(a.accountId(), b.accountId())).isEqualTo(ab);
                assertThat(ab.interest()).isBetween(0.0, 1.0 + 1e-12);
                assertThat(ab.goal()).isBetween(0.0, 1.0);
                assertThat(ab.perspective()).isBetween(0.0, 1.0);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void topKIsSortedWithoutDuplicatesAndAtMostK(long seed) {
        GeneratedEvent event = GeneratedEvent.generate(seed, size(seed));
        MatchingEngine engine = event.engine();
        int k = k(seed);

        for (Attendee viewer : event.attendees()) {
            List<Recommendation> top = engine.topK(viewer.accountId(), k);
            assertThat(top).hasSizeLessThanOrEqualTo(k);
            assertThat(top).extracting(Recommendation::accountId).doesNotHaveDuplicates();
            for (int i = 0; i + 1 < top.size(); i++) {
                Recommendation better = top.get(i);
                Recommendation worse = top.get(i + 1);
                assertThat(better.score()).isGreaterThanOrEqualTo(worse.score());
                if (better.score() == worse.score()) {
                    assertThat(better.accountId().value()).isLessThan(worse.accountId().value());
                }
            }
            for (Recommendation recommendation : top) {
                assertThat(recommendation.score())
                        .isEqualTo(engine.score(viewer.accountId(), recommendation.accountId()).total());
            }
        }
    }
}
