package org.mingle.domain.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;

/** The {@code accounts} table; an erased account keeps its row without email or password hash. */
@MappedEntity("accounts")
record AccountRow(
        @Id UUID id,
        @Nullable String email,
        String displayName,
        @Nullable String passwordHash,
        Instant createdAt,
        @Nullable Instant erasedAt,
        int tokenVersion,
        @Nullable String language) {

    boolean active() {
        return erasedAt == null;
    }

    Account toAccount() {
        return new Account(new AccountId(id), new Email(email), displayName, createdAt);
    }
}
