package org.mingle.domain.mail;

import static org.mingle.db.jooq.Tables.USED_MAIL_LINKS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** The nonces of single-use mail links that were used, in PostgreSQL. */
@Singleton
class UsedLinks {

    private final DSLContext sql;

    UsedLinks(DSLContext sql) {
        this.sql = sql;
    }

    Optional<Instant> usedAt(String nonce) {
        return sql.select(USED_MAIL_LINKS.USED_AT).from(USED_MAIL_LINKS).where(USED_MAIL_LINKS.NONCE.eq(nonce))
                .fetchOptional(row -> row.value1());
    }

    /** Records the use; false when the link was used before. */
    boolean record(String nonce, Instant now, Instant expiresAt) {
        return sql.insertInto(USED_MAIL_LINKS)
                .set(USED_MAIL_LINKS.NONCE, nonce)
                .set(USED_MAIL_LINKS.USED_AT, now)
                .set(USED_MAIL_LINKS.EXPIRES_AT, expiresAt)
                .onConflictDoNothing()
                .execute() == 1;
    }
}
