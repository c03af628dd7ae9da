package org.mingle.domain.meetings;

import java.util.Objects;
import org.mingle.domain.shared.AccountId;

/** One person blocked another (blocks hold at every event). Published inside the blocking transaction. */
public record PairBlocked(AccountId blocker, AccountId blocked) {

    public PairBlocked {
        Objects.requireNonNull(blocker, "blocker");
        Objects.requireNonNull(blocked, "blocked");
    }
}
