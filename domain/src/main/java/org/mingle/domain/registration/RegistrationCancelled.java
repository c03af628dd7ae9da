package org.mingle.domain.registration;

import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * An active registration was cancelled, by its holder or by the erasure of their account, whatever it held: a seat,
 * a waitlist place or a wait for approval ({@code previous}). Published inside the transaction that cancelled it.
 */
public record RegistrationCancelled(EventId event, RegistrationId registration, AccountId account,
                                    RegistrationStatus previous) {

    public RegistrationCancelled {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(previous, "previous");
    }
}
