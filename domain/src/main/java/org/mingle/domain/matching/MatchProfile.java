package org.mingle.domain.matching;

import java.util.List;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.shared.AccountId;

/**
 * What matching may use of one attendee: only fields that every fellow attendee may see (see {@link Attendee}).
 * Hidden fields become empty or null here and nowhere else, so everything downstream works on visible data only.
 */
record MatchProfile(
        AccountId accountId,
        String displayName,
        List<Interest> interests,
        int seekMask,
        int offerMask,
        String industryKey,
        String industry,
        Seniority seniority,
        String companyKey) {

    static MatchProfile of(Attendee attendee) {
        List<Interest> interests = attendee.usable(ProfileField.INTERESTS)
                ? attendee.interests().stream().sorted().toList() : List.of();
        int seek = attendee.usable(ProfileField.SEEKING) ? mask(attendee.seeking()) : 0;
        int offer = attendee.usable(ProfileField.OFFERING) ? mask(attendee.offering()) : 0;
        String industry = attendee.usable(ProfileField.INDUSTRY) ? blankToNull(attendee.industry()) : null;
        Seniority seniority = attendee.usable(ProfileField.SENIORITY) ? attendee.seniority() : null;
        String company = attendee.usable(ProfileField.COMPANY) ? blankToNull(attendee.company()) : null;
        return new MatchProfile(attendee.accountId(), attendee.displayName(), interests, seek, offer,
                industry == null ? null : Interest.comparisonKey(industry), industry, seniority,
                company == null ? null : Interest.comparisonKey(company));
    }

    private static int mask(Iterable<Goal> goals) {
        int mask = 0;
        for (Goal goal : goals) {
            mask |= bit(goal);
        }
        return mask;
    }

    static int bit(Goal goal) {
        return 1 << goal.ordinal();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
