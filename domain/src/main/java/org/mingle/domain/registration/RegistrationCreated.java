package org.mingle.domain.registration;

import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * Someone registered for an event, into a seat, onto the waitlist or to wait for approval (the status says which).
 * Published inside the transaction that registered them, so whatever a listener writes commits or rolls back with it.
 */
public record RegistrationCreated(EventId event, RegistrationId registration, AccountId account,
                                  RegistrationStatus status) {

    public RegistrationCreated {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(status, "status");
    }
}
