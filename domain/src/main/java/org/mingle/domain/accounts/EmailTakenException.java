package org.mingle.domain.accounts;

import org.mingle.domain.shared.ConflictException;

/** Sign-up with an email address that an active account already uses. */
public class EmailTakenException extends ConflictException {

    public EmailTakenException() {
        super("An account with this email address already exists. Log in, or use another address.");
    }
}
