package org.mingle.domain.contacts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;

/**
 * A person's wish to keep in touch with a contact.
 *
 * @param dueAt     the earliest time the next notice may be due (decision 48)
 * @param noticedAt when the last KEEP_IN_TOUCH notice went out, {@code null} before the first
 */
record KeepInTouch(AccountId owner, AccountId contact, KeepInTouchEvery every, Instant setAt, Instant dueAt,
                   Instant noticedAt) {

    KeepInTouch {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(setAt, "setAt");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    Optional<Instant> lastNotice() {
        return Optional.ofNullable(noticedAt);
    }
}
