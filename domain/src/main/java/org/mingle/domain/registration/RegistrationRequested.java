package org.mingle.domain.registration;

import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * Someone asks to register for an event. Published inside the registration's transaction before it takes the event's
 * lock, for which every other registration for the event waits: what a listener writes here commits or rolls back with
 * the registration, without lengthening that wait. Whatever became of the request follows as {@link
 * RegistrationChanged} (a seat or the waitlist) or {@link RegistrationCreated}; a refused request rolls back.
 */
public record RegistrationRequested(EventId event, AccountId account) {

    public RegistrationRequested {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(account, "account");
    }
}
