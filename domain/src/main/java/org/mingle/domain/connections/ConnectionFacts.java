package org.mingle.domain.connections;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileField;

/**
 * What reports need to know about a connection, fixed when it is recorded so reports never recompute matching. Only
 * fields both people show to every attendee count, as in matching (decision 10).
 *
 * @param sharedInterests the interests both show, as the first person spells them
 * @param firstIndustry   the first person's industry, {@code null} when hidden from attendees or empty
 * @param secondIndustry  the second person's, likewise
 * @param recommended     whether either was among the other's recommendations when they connected
 * @param metInRound      whether they sat at one table in a speed-networking round
 * @param matchedByRequest whether one had accepted the other's meeting request
 */
public record ConnectionFacts(List<String> sharedInterests, String firstIndustry, String secondIndustry,
                              boolean recommended, boolean metInRound, boolean matchedByRequest) {

    public ConnectionFacts {
        sharedInterests = List.copyOf(sharedInterests);
    }

    public static ConnectionFacts of(Profile first, Profile second, boolean recommended, boolean metInRound,
                                     boolean matchedByRequest) {
        Set<Interest> theirs = Set.copyOf(shown(second, ProfileField.INTERESTS) ? second.interests() : List.of());
        List<String> shared = shown(first, ProfileField.INTERESTS)
                ? first.interests().stream().filter(theirs::contains).map(Interest::display).sorted().toList()
                : List.of();
        return new ConnectionFacts(shared, industry(first), industry(second), recommended, metInRound,
                matchedByRequest);
    }

    /** Both industries are known and differ: the connection widened someone's perspective. */
    public boolean crossIndustry() {
        return firstIndustry != null && secondIndustry != null
                && !firstIndustry.toLowerCase(Locale.ROOT).equals(secondIndustry.toLowerCase(Locale.ROOT));
    }

    private static String industry(Profile profile) {
        return shown(profile, ProfileField.INDUSTRY) && !profile.industry().isBlank() ? profile.industry() : null;
    }

    private static boolean shown(Profile profile, ProfileField field) {
        return profile.visibilityOf(field).usableForMatching();
    }
}
