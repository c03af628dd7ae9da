package org.mingle.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.mingle.api.accounts.TokenSigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a configured {@code mingle.auth.token-secret}, the token signing key is generated on first start and kept,
 * readable by its owner only, in the data directory: tokens survive restarts and no secret is ever hard-coded.
 * Several instances behind a load balancer must share one key: configure it instead.
 */
@Singleton
@Requires(missingProperty = "mingle.auth.token-secret")
class DataDirectoryTokenSigningKey implements TokenSigningKey {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryTokenSigningKey.class);
    private static final int KEY_BYTES = 48;

    private final byte[] key;

    DataDirectoryTokenSigningKey(@Value("${mingle.data-dir:data}") String dataDirectory) {
        this.key = loadOrCreate(Path.of(dataDirectory).toAbsolutePath().resolve("token-signing-key"));
    }

    @Override
    public byte[] bytes() {
        return key.clone();
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                var fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.write(file, Base64.getEncoder().encode(fresh), StandardOpenOption.TRUNCATE_EXISTING);
                    LOG.info("Generated a new API token signing key in {}", file);
                } catch (FileAlreadyExistsException anotherInstanceWasFaster) {
                    LOG.debug("Token signing key appeared meanwhile in {}", file);
                }
            }
            var key = Base64.getDecoder().decode(Files.readString(file).strip());
            if (key.length < MIN_BYTES) {
                throw new ConfigurationException("The token signing key in " + file + " is too short; delete it to "
                        + "generate a new one (this signs everyone out of the API).");
            }
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("Could not read or create the token signing key in " + file, e);
        }
    }
}
