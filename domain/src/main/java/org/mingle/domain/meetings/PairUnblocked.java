package org.mingle.domain.meetings;

import java.util.Objects;
import org.mingle.domain.shared.AccountId;

/** A block was lifted. Published inside the transaction that lifted it. */
public record PairUnblocked(AccountId blocker, AccountId blocked) {

    public PairUnblocked {
        Objects.requireNonNull(blocker, "blocker");
        Objects.requireNonNull(blocked, "blocked");
    }
}
