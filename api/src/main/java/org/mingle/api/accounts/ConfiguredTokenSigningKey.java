package org.mingle.api.accounts;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;

/**
 * The token signing key from configuration: {@code mingle.auth.token-secret} (environment variable
 * {@code MINGLE_AUTH_TOKEN_SECRET}), taken as UTF-8 bytes. Created at start-up, so a secret that is too short stops the
 * application there rather than at the first log-in. The secret is never logged or put into a message.
 */
@Context
@Requires(property = ConfiguredTokenSigningKey.PROPERTY)
public class ConfiguredTokenSigningKey implements TokenSigningKey {

    public static final String PROPERTY = "mingle.auth.token-secret";

    private final byte[] bytes;

    public ConfiguredTokenSigningKey(@Value("${" + PROPERTY + "}") String secret) {
        byte[] material = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        if (material.length < MIN_BYTES) {
            throw new ConfigurationException(PROPERTY + " must be at least " + MIN_BYTES + " bytes long, but has "
                    + material.length + ". Use a long random value, for example the output of"
                    + " `openssl rand -base64 48`, or remove the setting to let Mingle generate and keep a key.");
        }
        this.bytes = material;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "ConfiguredTokenSigningKey[" + bytes.length + " bytes]";
    }
}
