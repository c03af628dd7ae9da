package org.mingle.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.mingle.api.accounts.TokenSigningKey;
import org.mingle.domain.accounts.InstallationSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a configured {@code mingle.auth.token-secret}, the token signing key is generated on first start and kept in
 * the database (decision 59), so every instance of the installation shares it and tokens survive restarts; no secret
 * is ever hard-coded. An installation that kept its key in the data directory (before decision 59) stores that one, so
 * nobody is signed out by the upgrade.
 */
@Singleton
@Requires(missingProperty = "mingle.auth.token-secret")
class StoredTokenSigningKey implements TokenSigningKey {

    private static final Logger LOG = LoggerFactory.getLogger(StoredTokenSigningKey.class);
    private static final int KEY_BYTES = 48;

    private final byte[] key;

    StoredTokenSigningKey(InstallationSecrets secrets, @Value("${mingle.data-dir:data}") String dataDirectory) {
        byte[] offered = offered(Path.of(dataDirectory).toAbsolutePath().resolve("token-signing-key"));
        this.key = secrets.tokenSigningKey(offered);
        if (!Arrays.equals(key, offered)) {
            LOG.debug("Using the token signing key another instance stored");
        }
    }

    @Override
    public byte[] bytes() {
        return key.clone();
    }

    /** The key of the data directory, when an earlier version kept one there; otherwise a new one. */
    private static byte[] offered(Path file) {
        if (!Files.exists(file)) {
            var fresh = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(fresh);
            return fresh;
        }
        try {
            var kept = Base64.getDecoder().decode(Files.readString(file).strip());
            if (kept.length < MIN_BYTES) {
                throw new ConfigurationException("The token signing key in " + file + " is too short; delete it to "
                        + "generate a new one (this signs everyone out of the API).");
            }
            return kept;
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("Could not read the token signing key in " + file, e);
        }
    }
}
