package org.mingle.api.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * A signed access token as issued: the compact JWT and when it stops being accepted. Its {@link #toString()} never
 * shows the token itself.
 */
public record AccessToken(String value, Instant expiresAt, Duration lifetime) {

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
