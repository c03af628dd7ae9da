package org.mingle.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.shared.AccountId;

/**
 * The naive reference: scores every pair with the same rules as {@link MatchingEngine} and sorts. Quadratic, for tests
 * and as the benchmark baseline only.
 */
public final class BruteForceMatching {

    private static final Comparator<AccountId> BY_ID = Comparator.comparing(AccountId::value);

    private final List<MatchProfile> profiles;
    private final Map<AccountId, MatchProfile> byId = new HashMap<>();
    private final Map<Interest, Double> weights = new HashMap<>();
    private final Exclusions exclusions;
    private final MatchSettings settings;
    private final Map<AccountId, String> categories;
    private final AttendeeCategories.Rule rule;

    public BruteForceMatching(List<Attendee> attendees, Exclusions exclusions, MatchSettings settings) {
        this(attendees, exclusions, settings, Map.of(), AttendeeCategories.Rule.ANYONE);
    }

    /** The same at an event whose categories keep some pairs apart: the rule is asked for every pair. */
    public BruteForceMatching(List<Attendee> attendees, Exclusions exclusions, MatchSettings settings,
                              Map<AccountId, String> categories, AttendeeCategories.Rule rule) {
        this.categories = categories;
        this.rule = rule;
        this.profiles = attendees.stream().map(MatchProfile::of).toList();
        this.exclusions = exclusions;
        this.settings = settings;
        Map<Interest, Integer> listing = new HashMap<>();
        for (MatchProfile profile : profiles) {
            byId.put(profile.accountId(), profile);
            for (Interest interest : profile.interests()) {
                listing.merge(interest, 1, Integer::sum);
            }
        }
        listing.forEach((interest, count) -> weights.put(interest, Scoring.rarityWeight(profiles.size(), count)));
    }

    public ScoreBreakdown score(AccountId a, AccountId b) {
        return score(byId.get(a), byId.get(b));
    }

    private ScoreBreakdown score(MatchProfile a, MatchProfile b) {
        double shared = 0;
        for (Interest interest : a.interests()) { // sorted by key
            if (b.interests().contains(interest)) {
                shared += weights.get(interest);
            }
        }
        double interest = Scoring.interestPart(shared, Scoring.norm(totalWeight(a)), Scoring.norm(totalWeight(b)));
        double goal = Scoring.goalPart(a.seekMask(), a.offerMask(), b.seekMask(), b.offerMask());
        double perspective = Scoring.perspectivePart(Scoring.otherIndustry(a, b), Scoring.otherSeniority(a, b));
        return new ScoreBreakdown(interest, goal, perspective,
                Scoring.total(interest, goal, perspective, settings.perspectiveWeight()));
    }

    private double totalWeight(MatchProfile profile) {
        double sum = 0;
        for (Interest interest : profile.interests()) {
            sum += weights.get(interest);
        }
        return sum;
    }

    public List<Recommendation> topK(AccountId viewer, int k) {
        MatchProfile me = byId.get(viewer);
        record Scored(MatchProfile profile, double score) {
        }
        List<Scored> all = new ArrayList<>();
        for (MatchProfile other : profiles) {
            if (other == me || exclusions.excludes(viewer, other.accountId())
                    || settings.excludeSameCompany() && Scoring.sameCompany(me, other)
                    || !rule.mayMeet(categories.get(viewer), categories.get(other.accountId()))) {
                continue;
            }
            all.add(new Scored(other, score(me, other).total()));
        }
        all.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(scored -> scored.profile().accountId(), BY_ID));
        return all.stream().limit(k)
                .map(s -> new Recommendation(s.profile().accountId(), s.profile().displayName(), s.score(),
                        Scoring.reasons(me, s.profile(), weights::get, settings.perspectiveWeight() > 0)))
                .toList();
    }

    public Map<AccountId, List<Recommendation>> allTopK(int k) {
        Map<AccountId, List<Recommendation>> result = new LinkedHashMap<>();
        for (MatchProfile profile : profiles) {
            result.put(profile.accountId(), topK(profile.accountId(), k));
        }
        return result;
    }
}
