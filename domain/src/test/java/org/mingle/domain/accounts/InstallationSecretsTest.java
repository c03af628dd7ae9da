package org.mingle.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingle.db.jooq.Tables.INSTALLATION_SECRETS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

/** Instances starting at the same moment on one database end up with one signing key (decision 59). */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstallationSecretsTest implements MicronautPostgres {

    @Inject
    InstallationSecrets secrets;

    @Inject
    DSLContext sql;

    @BeforeEach
    void noKeyYet() {
        sql.deleteFrom(INSTALLATION_SECRETS).execute();
    }

    @Test
    void instancesStartingAtOnceAllGetTheKeyTheFirstStored() throws Exception {
        var starts = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 6; i++) {
            byte[] own = key((byte) i);
            starts.add(() -> secrets.tokenSigningKey(own));
        }

        var keys = Parallel.run(starts);

        assertThat(keys).allSatisfy(key -> assertThat(key).isInstanceOf(byte[].class));
        assertThat(keys.stream().map(key -> Arrays.toString((byte[]) key)).distinct()).hasSize(1);
        assertThat(sql.fetchCount(INSTALLATION_SECRETS)).isEqualTo(1);
    }

    @Test
    void aLaterInstanceGetsTheStoredKeyNotItsOwn() {
        var first = secrets.tokenSigningKey(key((byte) 1));

        assertThat(secrets.tokenSigningKey(key((byte) 2))).isEqualTo(first).isEqualTo(key((byte) 1));
    }

    @Test
    void negativeControlReadingFirstAndStoringIfMissingFailsInstancesStartingAtOnce() throws Exception {
        var starts = new ArrayList<Callable<Object>>();
        for (int i = 0; i < 6; i++) {
            byte[] own = key((byte) i);
            starts.add(() -> {
                var stored = sql.select(INSTALLATION_SECRETS.SECRET).from(INSTALLATION_SECRETS).fetchOptional();
                if (stored.isPresent()) {
                    return stored.get().value1();
                }
                Thread.sleep(50); // the others read meanwhile, as instances starting together do
                sql.insertInto(INSTALLATION_SECRETS).set(INSTALLATION_SECRETS.NAME, "token-signing-key")
                        .set(INSTALLATION_SECRETS.SECRET, own).set(INSTALLATION_SECRETS.CREATED_AT, Instant.now())
                        .execute();
                return own;
            });
        }

        List<Object> outcomes = Parallel.run(starts);

        assertThat(outcomes).as("some instances could not start").anySatisfy(outcome ->
                assertThat(outcome).isInstanceOf(RuntimeException.class));
    }

    private static byte[] key(byte fill) {
        var key = new byte[48];
        Arrays.fill(key, fill);
        return key;
    }
}
