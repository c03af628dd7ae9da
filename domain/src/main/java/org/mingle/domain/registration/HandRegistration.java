package org.mingle.domain.registration;

import org.mingle.domain.accounts.Email;

/** What adding a person by hand did: registered the address's account, or found no account with the address. */
public sealed interface HandRegistration {

    /** The account is registered: confirmed into a free seat, else on the waitlist. */
    record Registered(Registration registration) implements HandRegistration {
    }

    /** No active account has the address; nothing was registered. */
    record NoAccount(Email email) implements HandRegistration {
    }
}
