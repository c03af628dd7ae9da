package org.mingle.api.accounts;

/**
 * The secret that signs and verifies API access tokens (HMAC-SHA256). Every instance of one Mingle installation must
 * use the same key; changing it signs everyone out of the API.
 *
 * <p>Implementations: {@link ConfiguredTokenSigningKey} when {@code mingle.auth.token-secret} is set; otherwise the
 * application provides one (a key generated on first start and kept in the data directory).
 */
public interface TokenSigningKey {

    /** Fewest bytes of key material accepted: HS256 needs a key at least as long as its 256-bit output. */
    int MIN_BYTES = 32;

    /** The key material, at least {@value #MIN_BYTES} bytes. Never log it. */
    byte[] bytes();
}
