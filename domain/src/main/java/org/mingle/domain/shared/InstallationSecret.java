package org.mingle.domain.shared;

/**
 * The secret one Mingle installation keeps (shared by all its instances): it signs API tokens and, through a key
 * derived from it for each purpose, the one-click links in mail. The API module provides it: from
 * {@code MINGLE_AUTH_TOKEN_SECRET}, or generated on first start and kept in the data directory.
 */
public interface InstallationSecret {

    /** Fewest bytes of key material accepted: HMAC-SHA256 needs a key at least as long as its 256-bit output. */
    int MIN_BYTES = 32;

    /** The key material, at least {@value #MIN_BYTES} bytes. Never log it. */
    byte[] bytes();
}
