package org.mingle.domain.accounts;

import static org.mingle.db.jooq.Tables.INSTALLATION_SECRETS;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.mingle.domain.shared.InstallationSecret;

/**
 * The installation's token signing key, kept in the database so every instance of one installation signs and checks
 * with the same key (decision 59). The first instance to start stores the key it offers; every other instance, at
 * the same moment or later, gets that one back.
 */
@Singleton
public class InstallationSecrets {

    static final String TOKEN_SIGNING_KEY = "token-signing-key";

    private final DSLContext sql;
    private final Clock clock;

    public InstallationSecrets(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /**
     * The stored token signing key; {@code offered} is stored first when there is none yet.
     *
     * @param offered at least {@value InstallationSecret#MIN_BYTES} bytes
     */
    public byte[] tokenSigningKey(byte[] offered) {
        if (offered.length < InstallationSecret.MIN_BYTES) {
            throw new IllegalArgumentException("a signing key needs at least " + InstallationSecret.MIN_BYTES
                    + " bytes");
        }
        // One statement each, so two instances starting at once cannot both store theirs: the second insert does
        // nothing, and both read back the first.
        sql.insertInto(INSTALLATION_SECRETS)
                .set(INSTALLATION_SECRETS.NAME, TOKEN_SIGNING_KEY)
                .set(INSTALLATION_SECRETS.SECRET, offered)
                .set(INSTALLATION_SECRETS.CREATED_AT, clock.instant().truncatedTo(ChronoUnit.MICROS))
                .onConflict(INSTALLATION_SECRETS.NAME).doNothing()
                .execute();
        return sql.select(INSTALLATION_SECRETS.SECRET).from(INSTALLATION_SECRETS)
                .where(INSTALLATION_SECRETS.NAME.eq(TOKEN_SIGNING_KEY))
                .fetchSingle().value1();
    }
}
