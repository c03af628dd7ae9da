package org.mingle.domain.accounts;

import org.mingle.domain.shared.NotFoundException;

/** No active account with this id (never created, or erased). */
public class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException() {
        super("No such account.");
    }
}
