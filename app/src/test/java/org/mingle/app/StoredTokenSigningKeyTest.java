package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.Base64;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingle.domain.accounts.InstallationSecrets;
import org.mingle.testsupport.TestDatabases;

/** Two instances, each with a data directory of its own, on one database: they sign with one key (decision 59). */
class StoredTokenSigningKeyTest {

    @TempDir
    Path firstDataDir;

    @TempDir
    Path secondDataDir;

    private Connection connection;
    private InstallationSecrets secrets;

    @BeforeEach
    void database() throws Exception {
        connection = TestDatabases.create().connect();
        secrets = new InstallationSecrets(DSL.using(connection, SQLDialect.POSTGRES), Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void instancesWithDataDirectoriesOfTheirOwnShareOneGeneratedKey() {
        var first = new StoredTokenSigningKey(secrets, firstDataDir.toString()).bytes();
        var second = new StoredTokenSigningKey(secrets, secondDataDir.toString()).bytes();

        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
        assertThat(firstDataDir).isEmptyDirectory(); // nothing secret left on an instance's disk
    }

    @Test
    void theKeyAnEarlierVersionKeptInTheDataDirectoryIsTheOneStored() throws Exception {
        var earlier = "k".repeat(48).getBytes();
        Files.writeString(firstDataDir.resolve("token-signing-key"), Base64.getEncoder().encodeToString(earlier));

        var upgraded = new StoredTokenSigningKey(secrets, firstDataDir.toString()).bytes();
        var other = new StoredTokenSigningKey(secrets, secondDataDir.toString()).bytes();

        assertThat(upgraded).isEqualTo(earlier);
        assertThat(other).isEqualTo(earlier);
    }

    @Test
    void refusesAKeyFileThatIsTooShort() throws Exception {
        Files.writeString(firstDataDir.resolve("token-signing-key"), "c2hvcnQ=");

        assertThatThrownBy(() -> new StoredTokenSigningKey(secrets, firstDataDir.toString()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("too short");
    }
}
