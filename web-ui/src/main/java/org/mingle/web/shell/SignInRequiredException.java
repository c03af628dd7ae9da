package org.mingle.web.shell;

import org.mingle.domain.shared.AuthenticationException;

/** An action needs a signed-in account, and the session has none (any more). */
public class SignInRequiredException extends AuthenticationException {

    public SignInRequiredException() {
        super("Please log in again to do this.");
    }
}
