package org.mingle.domain.matching;

import java.util.List;
import org.mingle.domain.shared.AccountId;

/**
 * A recommendation as the viewer sees it.
 *
 * @param headline the person's headline, or {@code null} when they do not show it to fellow attendees
 * @param company  the person's company, or {@code null} when they do not show it to fellow attendees
 */
public record PersonToMeet(AccountId accountId, String displayName, String headline, String company, double score,
                           List<Reason> reasons) {

    public PersonToMeet {
        reasons = List.copyOf(reasons);
    }
}
