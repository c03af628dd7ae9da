package org.mingle.domain.matching;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.shared.AccountId;

/**
 * What a viewer's "not for me" at an event teaches their recommendations there (decision 53). Plain rules on the
 * profiles matching already uses, so nothing hidden from fellow attendees is learned from:
 * <ul>
 * <li>every dismissed person is hidden from the viewer, whatever the reason;
 * <li>{@link DismissalReason#NOT_RELEVANT}: an interest the viewer shares with at least {@value #REPEATS_TO_LEARN}
 * people they passed on weighs less for this viewer, halved once for each of those people (two: a quarter);
 * <li>{@link DismissalReason#ALREADY_KNOW}: people at the company of someone the viewer already knows score half;
 * <li>{@link DismissalReason#NOT_NOW}: nothing is learned.
 * </ul>
 * One dismissal says little about an interest (the person may be unfit for another reason), hence the repeat.
 */
final class DismissalLearning {

    /** How many people passed on as not relevant must share an interest with the viewer before it weighs less. */
    static final int REPEATS_TO_LEARN = 2;
    /** What each of those people leaves of the interest's weight. */
    static final double LESS_WEIGHT_PER_DISMISSAL = 0.5;
    /** What is left of the score of someone at a company where the viewer already knows someone. */
    static final double KNOWN_COMPANY_SHARE = 0.5;

    private DismissalLearning() {
    }

    /**
     * One of the viewer's dismissals, with the dismissed person as matching sees them now.
     *
     * @param profile null when the person no longer attends: still hidden, nothing learned from them
     * @param company the company they show fellow attendees, or null
     */
    record Dismissed(AccountId account, DismissalReason reason, MatchProfile profile, String company) {

        Dismissed {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** What the dismissals teach for this viewer. */
    static Learned learn(MatchProfile viewer, List<Dismissed> dismissals) {
        if (dismissals.isEmpty()) {
            return Learned.NOTHING;
        }
        Set<AccountId> hidden = new HashSet<>();
        Map<Interest, Integer> passedOn = new TreeMap<>();
        Map<String, String> knownCompanies = new LinkedHashMap<>();
        Set<Interest> mine = new HashSet<>(viewer.interests());
        for (Dismissed dismissed : dismissals) {
            hidden.add(dismissed.account());
            MatchProfile profile = dismissed.profile();
            if (profile == null) {
                continue;
            }
            if (dismissed.reason() == DismissalReason.NOT_RELEVANT) {
                for (Interest interest : profile.interests()) {
                    if (mine.contains(interest)) {
                        passedOn.merge(interest, 1, Integer::sum);
                    }
                }
            } else if (dismissed.reason() == DismissalReason.ALREADY_KNOW && profile.companyKey() != null
                    && !profile.companyKey().equals(viewer.companyKey())) {
                // The viewer's own colleagues are a matter of the event's setting, not of learning.
                knownCompanies.putIfAbsent(profile.companyKey(),
                        dismissed.company() == null ? profile.companyKey() : dismissed.company());
            }
        }
        passedOn.values().removeIf(count -> count < REPEATS_TO_LEARN);
        // Interests in the viewer's own spelling, as the other reasons name them.
        Map<Interest, Integer> spelled = new TreeMap<>();
        for (Interest interest : viewer.interests()) {
            Integer count = passedOn.get(interest);
            if (count != null) {
                spelled.put(interest, count);
            }
        }
        return new Learned(hidden, spelled, knownCompanies);
    }

    /** What is left of an interest's weight after the viewer passed on this many people sharing it. */
    static double interestShare(int passedOn) {
        return passedOn < REPEATS_TO_LEARN ? 1.0 : Math.pow(LESS_WEIGHT_PER_DISMISSAL, passedOn);
    }
}
