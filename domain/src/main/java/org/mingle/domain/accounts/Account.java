package org.mingle.domain.accounts;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.shared.AccountId;

/** A person's Mingle account as others may know it: never the password hash. */
public record Account(AccountId id, Email email, String displayName, Instant createdAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
