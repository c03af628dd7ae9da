package org.mingle.domain.curated;

import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.registration.RegistrationId;
import org.mingle.domain.shared.AccountId;

/** A registrant's category at an event, or none. */
public record Assignment(RegistrationId registration, AccountId account, Optional<Category> category) {

    public Assignment {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(category, "category");
    }
}
