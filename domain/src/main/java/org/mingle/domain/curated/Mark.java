package org.mingle.domain.curated;

import java.util.Objects;
import org.mingle.domain.shared.AccountId;

/** One person's mark on another: "must meet" or "no thanks", depending on the list it is in. */
public record Mark(AccountId from, AccountId to) {

    public Mark {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a mark is about someone else");
        }
    }
}
