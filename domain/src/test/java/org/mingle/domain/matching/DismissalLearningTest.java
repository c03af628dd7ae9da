package org.mingle.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.shared.AccountId;

/** What "not for me" teaches, as plain rules, and what it does to rankings over many generated events. */
class DismissalLearningTest {

    private static final MatchSettings SETTINGS = new MatchSettings(0.3, false);

    @Test
    void everyDismissedPersonIsHiddenWhateverTheReason() {
        var viewer = profile("Ana", List.of("Rust"), "Volt");
        var learned = DismissalLearning.learn(viewer, List.of(
                dismissed(profile("Ben", List.of("Rust"), ""), DismissalReason.NOT_NOW),
                dismissed(profile("Cid", List.of("Go"), ""), DismissalReason.NOT_RELEVANT),
                new DismissalLearning.Dismissed(id("Gone"), DismissalReason.ALREADY_KNOW, null, null)));

        assertThat(learned.hidden()).containsExactlyInAnyOrder(id("Ben"), id("Cid"), id("Gone"));
        assertThat(learned.passedOn()).isEmpty();
        assertThat(learned.knownCompanies()).isEmpty();
    }

    @Test
    void anInterestWeighsLessOnlyOnceTwoPeoplePassedOnShareItWithTheViewer() {
        var viewer = profile("Ana", List.of("Fintech", "Sailing"), "");
        var one = DismissalLearning.learn(viewer, List.of(
                dismissed(profile("Ben", List.of("Fintech", "Chess"), ""), DismissalReason.NOT_RELEVANT),
                dismissed(profile("Cid", List.of("Chess"), ""), DismissalReason.NOT_RELEVANT),
                dismissed(profile("Dan", List.of("Sailing"), ""), DismissalReason.NOT_NOW)));
        assertThat(one.passedOn()).as("one dismissal, an interest the viewer lacks, and NOT_NOW teach nothing")
                .isEmpty();

        var two = DismissalLearning.learn(viewer, List.of(
                dismissed(profile("Ben", List.of("Fintech"), ""), DismissalReason.NOT_RELEVANT),
                dismissed(profile("Cid", List.of("fintech"), ""), DismissalReason.NOT_RELEVANT),
                dismissed(profile("Dan", List.of("Fintech", "Sailing"), ""), DismissalReason.ALREADY_KNOW)));
        assertThat(two.passedOn()).containsExactly(Map.entry(Interest.of("Fintech"), 2));
        assertThat(two.interestShare(Interest.of("Fintech"))).isEqualTo(0.25);
        assertThat(two.interestShare(Interest.of("Sailing"))).isEqualTo(1.0);
        assertThat(DismissalLearning.interestShare(3)).as("each further dismissal halves again").isEqualTo(0.125);
    }

    @Test
    void alreadyKnowingSomeoneLowersTheirColleaguesButNotTheViewersOwn() {
        var viewer = profile("Ana", List.of(), "Volt");
        var learned = DismissalLearning.learn(viewer, List.of(
                dismissed(profile("Ben", List.of(), "Acme"), DismissalReason.ALREADY_KNOW),
                dismissed(profile("Cid", List.of(), "VOLT"), DismissalReason.ALREADY_KNOW),
                dismissed(profile("Dan", List.of(), "Globex"), DismissalReason.NOT_NOW)));

        assertThat(learned.knownCompanies()).containsOnlyKeys("acme");
        assertThat(learned.knowsSomeoneAt("acme")).isTrue();
        assertThat(learned.knowsSomeoneAt("globex")).isFalse();
        assertThat(learned.knowsSomeoneAt(null)).isFalse();
    }

    @Test
    void theReasonsNameWhatWasLearnedForThePeopleItConcerns() {
        var viewer = profile("Ana", List.of("Fintech", "Sailing"), "");
        var learned = new Learned(Set.of(), Map.of(Interest.of("fintech"), 2), Map.of("acme", "Acme"));

        assertThat(learned.explain(viewer, profile("Ben", List.of("Fintech"), "ACME")))
                .extracting(Reason::kind, Reason::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Reason.Kind.LEARNED,
                                "Less weight on Fintech: you passed on 2 people for it"),
                        org.assertj.core.groups.Tuple.tuple(Reason.Kind.LEARNED,
                                "Ranked lower: you already know someone at Acme"));
        assertThat(learned.explain(viewer, profile("Cid", List.of("Sailing"), "Volt"))).isEmpty();
    }

    @Test
    void theEngineHidesTheDismissedAndNeverRaisesAScore() {
        var ana = attendee("Ana", List.of("Fintech", "Sailing"), "Volt");
        var ben = attendee("Ben", List.of("Fintech"), "Acme");
        var cid = attendee("Cid", List.of("Fintech", "Sailing"), "Acme");
        var dan = attendee("Dan", List.of("Sailing"), "Globex");
        var engine = MatchingEngine.of(List.of(ana, ben, cid, dan), Exclusions.none(), SETTINGS);
        var learned = new Learned(Set.of(ben.accountId()), Map.of(Interest.of("Fintech"), 2), Map.of("acme", "Acme"));

        var before = engine.topK(ana.accountId(), 10);
        var after = engine.topK(ana.accountId(), 10, learned);

        assertThat(after).extracting(Recommendation::accountId).doesNotContain(ben.accountId())
                .containsExactly(dan.accountId(), cid.accountId());
        for (var recommendation : after) {
            double unlearned = before.stream().filter(r -> r.accountId().equals(recommendation.accountId()))
                    .findFirst().orElseThrow().score();
            assertThat(recommendation.score()).isLessThanOrEqualTo(unlearned);
        }
        assertThat(engine.topK(ana.accountId(), 10, Learned.NOTHING)).isEqualTo(before);
        var everyone = engine.group(List.of(ben.accountId(), cid.accountId(), dan.accountId()));
        assertThat(engine.bestPartners(ana.accountId(), 10, everyone, learned)).as("lists ranked for the viewer")
                .extracting(Partner::accountId).containsExactly(dan.accountId(), cid.accountId());
        assertThat(engine.bestPartners(ana.accountId(), 10, everyone)).as("pairing ignores dismissals")
                .extracting(Partner::accountId).contains(ben.accountId());
    }

    /**
     * Over generated events: after k NOT_RELEVANT dismissals of people sharing an interest X with the viewer, a
     * candidate sharing only X with the viewer ranks below one sharing only another interest, whenever the two are
     * alike in everything else (goals and perspective). Without learning, that holds for only about half the pairs,
     * so the test would fail if learning did nothing.
     */
    @Test
    void afterRepeatedDismissalsPeopleSharingOnlyThatInterestRankBelowPeopleSharingAnother() {
        int[] learnedBelow = new int[5];
        int[] unlearnedBelow = new int[5];
        int[] pairs = new int[5];
        for (long seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            List<Attendee> attendees = generated(random, 300);
            Attendee viewer = attendees.get(0);
            var engine = MatchingEngine.of(attendees, Exclusions.none(), SETTINGS);
            Interest x = viewer.interests().stream().sorted().findFirst().orElseThrow();
            for (int k = 2; k <= 4; k++) {
                List<DismissalLearning.Dismissed> dismissals = new ArrayList<>();
                Set<AccountId> dismissed = new HashSet<>();
                for (Attendee other : attendees.subList(1, attendees.size())) {
                    if (dismissals.size() < k && other.interests().contains(x)) {
                        dismissals.add(new DismissalLearning.Dismissed(other.accountId(),
                                DismissalReason.NOT_RELEVANT, MatchProfile.of(other), null));
                        dismissed.add(other.accountId());
                    }
                }
                var learned = DismissalLearning.learn(MatchProfile.of(viewer), dismissals);
                List<AccountId> ranking = ids(engine.topK(viewer.accountId(), attendees.size(), learned));
                List<AccountId> unlearned = ids(engine.topK(viewer.accountId(), attendees.size()));
                List<Attendee> onlyX = new ArrayList<>();
                List<Attendee> onlyOther = new ArrayList<>();
                for (Attendee other : attendees.subList(1, attendees.size())) {
                    Set<Interest> shared = new HashSet<>(other.interests());
                    shared.retainAll(viewer.interests());
                    if (dismissed.contains(other.accountId()) || shared.size() != 1) {
                        continue;
                    }
                    (shared.contains(x) ? onlyX : onlyOther).add(other);
                }
                for (Attendee a : onlyX) {
                    var scoreA = engine.score(viewer.accountId(), a.accountId());
                    for (Attendee b : onlyOther) {
                        var scoreB = engine.score(viewer.accountId(), b.accountId());
                        if (scoreA.goal() != scoreB.goal() || scoreA.perspective() != scoreB.perspective()) {
                            continue;
                        }
                        pairs[k]++;
                        if (ranking.indexOf(a.accountId()) > ranking.indexOf(b.accountId())) {
                            learnedBelow[k]++;
                        }
                        if (unlearned.indexOf(a.accountId()) > unlearned.indexOf(b.accountId())) {
                            unlearnedBelow[k]++;
                        }
                    }
                }
            }
        }
        for (int k = 2; k <= 4; k++) {
            double learnedShare = (double) learnedBelow[k] / pairs[k];
            double unlearnedShare = (double) unlearnedBelow[k] / pairs[k];
            assertThat(pairs[k]).as("enough comparable pairs for k=%d", k).isGreaterThan(500);
            assertThat(learnedShare).as("k=%d after learning", k).isGreaterThanOrEqualTo(FLOOR[k]);
            assertThat(unlearnedShare).as("k=%d without learning (the negative control)", k).isLessThan(0.55);
        }
    }

    /**
     * Just under what the rules achieve on these seeds (k = 2: 0.9944 of about 45,000 pairs; 3: 0.9974; 4: 1.0000;
     * without learning about 0.489 each): a rule that weighs the interest less than it does now falls through.
     */
    private static final double[] FLOOR = {0, 0, 0.99, 0.995, 0.999};

    private static List<AccountId> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::accountId).toList();
    }

    private static List<Attendee> generated(Random random, int size) {
        List<String> topics = new ArrayList<>();
        for (int t = 0; t < 30; t++) {
            topics.add("Topic " + t);
        }
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Set<String> interests = new HashSet<>();
            int count = 2 + random.nextInt(5);
            while (interests.size() < count) {
                interests.add(topics.get(random.nextInt(topics.size())));
            }
            Set<Goal> seeking = EnumSet.noneOf(Goal.class);
            Set<Goal> offering = EnumSet.noneOf(Goal.class);
            if (random.nextBoolean()) {
                seeking.add(Goal.values()[random.nextInt(Goal.values().length)]);
            }
            if (random.nextBoolean()) {
                offering.add(Goal.values()[random.nextInt(Goal.values().length)]);
            }
            attendees.add(new Attendee(new AccountId(new UUID(i, random.nextLong())), "Person " + i,
                    interests.stream().map(Interest::of).collect(java.util.stream.Collectors.toSet()), seeking,
                    offering, "Industry " + random.nextInt(3),
                    Seniority.values()[random.nextInt(Seniority.values().length)], "Company " + random.nextInt(20),
                    Attendee.visibleToAttendees()));
        }
        return attendees;
    }

    private static Attendee attendee(String name, List<String> interests, String company) {
        return new Attendee(id(name), name, interests.stream().map(Interest::of)
                .collect(java.util.stream.Collectors.toSet()), Set.of(), Set.of(), "", null, company,
                Attendee.visibleToAttendees());
    }

    private static MatchProfile profile(String name, List<String> interests, String company) {
        return MatchProfile.of(attendee(name, interests, company));
    }

    private static DismissalLearning.Dismissed dismissed(MatchProfile profile, DismissalReason reason) {
        return new DismissalLearning.Dismissed(profile.accountId(), reason, profile, null);
    }

    private static AccountId id(String name) {
        return new AccountId(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
