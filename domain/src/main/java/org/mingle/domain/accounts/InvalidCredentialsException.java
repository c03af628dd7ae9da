package org.mingle.domain.accounts;

import org.mingle.domain.shared.AuthenticationException;

/** Wrong email or password: the same answer for both, so nobody learns which addresses have accounts. */
public class InvalidCredentialsException extends AuthenticationException {

    public InvalidCredentialsException() {
        super("The email address or password is not correct.");
    }
}
