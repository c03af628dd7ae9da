package org.mingle.api.accounts;

import org.mingle.domain.shared.InstallationSecret;

/**
 * The secret that signs and verifies API access tokens (HMAC-SHA256). Every instance of one Mingle installation must
 * use the same key; changing it signs everyone out of the API and voids the links in mail already sent.
 *
 * <p>It is the installation's one secret ({@link InstallationSecret}); mail links are signed with keys derived from it.
 *
 * <p>Implementations: {@link ConfiguredTokenSigningKey} when {@code mingle.auth.token-secret} is set; otherwise the
 * application provides one (a key generated on first start and kept in the data directory).
 */
public interface TokenSigningKey extends InstallationSecret {
}
