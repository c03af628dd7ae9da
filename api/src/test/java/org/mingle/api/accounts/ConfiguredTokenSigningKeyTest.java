package org.mingle.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.mingle.testsupport.TestDatabases;

class ConfiguredTokenSigningKeyTest {

    @Test
    void aSecretOfThirtyTwoBytesIsTakenAsItsUtf8Bytes() {
        String secret = "0123456789abcdef0123456789abcdef";

        var key = new ConfiguredTokenSigningKey(secret);

        assertThat(key.bytes()).isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
        assertThat(key.toString()).doesNotContain(secret);
    }

    @Test
    void aShorterSecretIsRefusedWithoutShowingIt() {
        String secret = "only-31-bytes-of-secret-here!!!";
        assertThat(secret.getBytes(StandardCharsets.UTF_8)).hasSize(31);

        assertThatThrownBy(() -> new ConfiguredTokenSigningKey(secret))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("mingle.auth.token-secret must be at least 32 bytes long, but has 31")
                .message().doesNotContain(secret);
    }

    @Test
    void anEmptySecretIsRefused() {
        assertThatThrownBy(() -> new ConfiguredTokenSigningKey(""))
                .hasMessageContaining("must be at least 32 bytes long, but has 0");
    }

    @Test
    void theApplicationDoesNotStartWithATooShortSecret() {
        var properties = new HashMap<String, Object>(TestDatabases.create().micronautProperties());
        properties.put(ConfiguredTokenSigningKey.PROPERTY, "too short");

        assertThatThrownBy(() -> ApplicationContext.run(properties).close())
                .rootCause().hasMessageContaining("mingle.auth.token-secret must be at least 32 bytes long");
    }
}
