package org.mingle.api.accounts;

import org.mingle.domain.shared.AuthenticationException;

/**
 * A request that needs a signed-in caller came without a usable bearer token: none at all, or one that is malformed,
 * wrongly signed, expired or names an account that no longer exists. Answered 401; every bad token gets the same
 * answer, so a client learns nothing about why.
 */
public class NotSignedInException extends AuthenticationException {

    private final boolean tokenPresented;

    private NotSignedInException(String message, boolean tokenPresented) {
        super(message);
        this.tokenPresented = tokenPresented;
    }

    static NotSignedInException missingToken() {
        return new NotSignedInException("Log in first, then send the access token as 'Authorization: Bearer <token>'.",
                false);
    }

    static NotSignedInException invalidToken() {
        return new NotSignedInException("The access token is invalid or has expired. Log in again.", true);
    }

    /** Whether the request carried credentials that were refused (RFC 6750's {@code invalid_token}). */
    public boolean tokenPresented() {
        return tokenPresented;
    }
}
