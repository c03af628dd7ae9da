package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTokenSigningKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void generatesAPrivateKeyOnceAndKeepsIt() throws Exception {
        var first = new DataDirectoryTokenSigningKey(dataDir.toString()).bytes();
        var second = new DataDirectoryTokenSigningKey(dataDir.toString()).bytes();

        var file = dataDir.resolve("token-signing-key");
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void refusesAKeyFileThatIsTooShort() throws Exception {
        Files.writeString(dataDir.resolve("token-signing-key"), "c2hvcnQ=");

        assertThatThrownBy(() -> new DataDirectoryTokenSigningKey(dataDir.toString()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("too short");
    }
}
