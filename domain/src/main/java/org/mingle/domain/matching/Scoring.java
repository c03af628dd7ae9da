package org.mingle.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;

/**
 * The scoring rules shared by the engine and the brute-force reference, so both compute bit-identical scores.
 *
 * <pre>
 * weight(i)   = ln(1 + n / df(i))             n attendees, df(i) of them list interest i (rarer = heavier)
 * interest    = sum of weight(i) over shared i / (sqrt(W(a)) * sqrt(W(b)))   W(x) = sum of x's weights; 0..1
 * goal        = (met(a seeks, b offers) + met(b seeks, a offers)) / 2  met = share of the seeker's goals offered; 0..1
 * perspective = 0.5 if the industries differ + 0.5 if the seniorities differ (only when both sides show the field)
 * score       = interest + goal + perspectiveWeight * perspective
 * </pre>
 *
 * Weight sums are always added in ascending order of the interest key, which keeps them reproducible to the last bit.
 */
final class Scoring {

    static final double MAX_PERSPECTIVE = 1.0;

    private Scoring() {
    }

    static double rarityWeight(int attendees, int listing) {
        return Math.log(1.0 + (double) attendees / listing);
    }

    /** The norm of an attendee's interests: sqrt(W). */
    static double norm(double totalWeight) {
        return Math.sqrt(totalWeight);
    }

    static double interestPart(double sharedWeight, double normA, double normB) {
        return sharedWeight == 0 ? 0 : sharedWeight / (normA * normB);
    }

    static double goalPart(int seekA, int offerA, int seekB, int offerB) {
        return goalPart(met(seekA, offerB), met(seekB, offerA));
    }

    static double goalPart(double metA, double metB) {
        return 0.5 * (metA + metB);
    }

    /** The share of the seeker's goals that the other offers. */
    static double met(int seek, int offer) {
        int wanted = Integer.bitCount(seek);
        return wanted == 0 ? 0 : (double) Integer.bitCount(seek & offer) / wanted;
    }

    static double perspectivePart(boolean otherIndustry, boolean otherSeniority) {
        return (otherIndustry ? 0.5 : 0) + (otherSeniority ? 0.5 : 0);
    }

    static double total(double interest, double goal, double perspective, double perspectiveWeight) {
        return interest + goal + perspectiveWeight * perspective;
    }

    static boolean otherIndustry(MatchProfile a, MatchProfile b) {
        return a.industryKey() != null && b.industryKey() != null && !a.industryKey().equals(b.industryKey());
    }

    static boolean otherSeniority(MatchProfile a, MatchProfile b) {
        return a.seniority() != null && b.seniority() != null && a.seniority() != b.seniority();
    }

    static boolean sameCompany(MatchProfile a, MatchProfile b) {
        return a.companyKey() != null && a.companyKey().equals(b.companyKey());
    }

    /**
     * The reasons shown to {@code viewer} about {@code other}: shared interests rarest first (in the viewer's own
     * spelling), then goals that meet, then what is new about the other person (only when the event
     * gives perspective a weight).
     */
    static List<Reason> reasons(MatchProfile viewer, MatchProfile other, ToDoubleFunction<Interest> weight,
            boolean withPerspective) {
        List<Reason> reasons = new ArrayList<>();
        List<Interest> shared = new ArrayList<>();
        List<Interest> mine = viewer.interests(); // both sorted by key
        List<Interest> theirs = other.interests();
        for (int i = 0, j = 0; i < mine.size() && j < theirs.size();) {
            int order = mine.get(i).compareTo(theirs.get(j));
            if (order == 0) {
                shared.add(mine.get(i));
            }
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        shared.sort(Comparator.comparingDouble(weight).reversed().thenComparing(Comparator.naturalOrder()));
        for (Interest interest : shared) {
            reasons.add(new Reason(Reason.Kind.SHARED_INTEREST, "You are both into " + interest.display()));
        }
        for (Goal goal : Goal.values()) {
            if ((viewer.seekMask() & other.offerMask() & MatchProfile.bit(goal)) != 0) {
                reasons.add(new Reason(Reason.Kind.COMPLEMENTARY_GOAL,
                        "You are " + goal.seekingPhrase() + "; they are " + goal.offeringPhrase()));
            }
        }
        for (Goal goal : Goal.values()) {
            if ((other.seekMask() & viewer.offerMask() & MatchProfile.bit(goal)) != 0) {
                reasons.add(new Reason(Reason.Kind.COMPLEMENTARY_GOAL,
                        "They are " + goal.seekingPhrase() + "; you are " + goal.offeringPhrase()));
            }
        }
        if (withPerspective && otherIndustry(viewer, other)) {
            reasons.add(new Reason(Reason.Kind.NEW_PERSPECTIVE,
                    "Works in " + other.industry() + " (you: " + viewer.industry() + ")"));
        }
        if (withPerspective && otherSeniority(viewer, other)) {
            reasons.add(new Reason(Reason.Kind.NEW_PERSPECTIVE,
                    "Is at " + other.seniority().label() + " level (you: " + viewer.seniority().label() + ")"));
        }
        return reasons;
    }
}
