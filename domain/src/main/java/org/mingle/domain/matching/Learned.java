package org.mingle.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.shared.AccountId;

/**
 * What one viewer's dismissals at an event teach their recommendations (see {@link DismissalLearning}). It only ever
 * lowers scores, so the engine's bounds for skipping candidates stay valid.
 *
 * @param hidden         never recommended to the viewer again
 * @param passedOn       interests that weigh less, with how many people sharing them the viewer passed on
 * @param knownCompanies companies (by comparison key) where the viewer already knows someone, with the name shown
 */
record Learned(Set<AccountId> hidden, Map<Interest, Integer> passedOn, Map<String, String> knownCompanies) {

    static final Learned NOTHING = new Learned(Set.of(), Map.of(), Map.of());

    Learned {
        hidden = Set.copyOf(hidden);
        passedOn = Map.copyOf(passedOn);
        knownCompanies = Map.copyOf(knownCompanies);
    }

    /** What is left of the interest's weight for this viewer: 1 when nothing was learned about it. */
    double interestShare(Interest interest) {
        Integer count = passedOn.get(interest);
        return count == null ? 1.0 : DismissalLearning.interestShare(count);
    }

    /** Whether people at this company (comparison key) score less for the viewer. */
    boolean knowsSomeoneAt(String companyKey) {
        return companyKey != null && knownCompanies.containsKey(companyKey);
    }

    /**
     * How what was learned changed the candidate's place, in words, after the other reasons: "Less weight on Fintech:
     * you passed on 2 people for it", "Ranked lower: you already know someone at Acme".
     */
    List<Reason> explain(MatchProfile viewer, MatchProfile candidate) {
        if (passedOn.isEmpty() && knownCompanies.isEmpty()) {
            return List.of();
        }
        List<Reason> reasons = new ArrayList<>();
        for (Interest interest : viewer.interests()) { // sorted by key: a stable order
            Integer count = passedOn.get(interest);
            if (count != null && candidate.interests().contains(interest)) {
                reasons.add(new Reason(Reason.Kind.LEARNED, "Less weight on " + interest.display()
                        + ": you passed on " + count + " people for it"));
            }
        }
        if (knowsSomeoneAt(candidate.companyKey())) {
            reasons.add(new Reason(Reason.Kind.LEARNED,
                    "Ranked lower: you already know someone at " + knownCompanies.get(candidate.companyKey())));
        }
        return reasons;
    }
}
