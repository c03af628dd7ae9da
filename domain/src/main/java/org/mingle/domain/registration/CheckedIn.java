package org.mingle.domain.registration;

import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** A confirmed attendee was checked in at the door, the first time only; published inside that transaction. */
public record CheckedIn(EventId event, RegistrationId registration, AccountId account) {

    public CheckedIn {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(account, "account");
    }
}
