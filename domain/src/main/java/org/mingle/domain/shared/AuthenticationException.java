package org.mingle.domain.shared;

/** The caller is not signed in, or proved no identity: edges answer 401 / show the log-in page. */
public class AuthenticationException extends DomainException {

    public AuthenticationException(String message) {
        super(message);
    }
}
