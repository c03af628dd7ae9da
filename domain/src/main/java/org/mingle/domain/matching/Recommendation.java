package org.mingle.domain.matching;

import java.util.List;
import org.mingle.domain.shared.AccountId;

/** A person worth meeting, with the score that ranked them and the reasons to show. */
public record Recommendation(AccountId accountId, String displayName, double score, List<Reason> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
