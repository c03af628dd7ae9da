package org.mingle.domain.accounts;

import static org.mingle.db.jooq.Tables.PASSWORD_RESETS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mingle.domain.shared.AccountId;

/** Password-reset links in PostgreSQL, by the hash of their secret. */
@Singleton
class PasswordResets {

    /** A stored reset link. */
    record Stored(AccountId account, Instant expiresAt, Optional<Instant> usedAt) {
    }

    private final DSLContext sql;

    PasswordResets(DSLContext sql) {
        this.sql = sql;
    }

    void insert(byte[] tokenHash, AccountId account, Instant now, Instant expiresAt) {
        sql.insertInto(PASSWORD_RESETS)
                .set(PASSWORD_RESETS.TOKEN_HASH, tokenHash)
                .set(PASSWORD_RESETS.ACCOUNT_ID, account)
                .set(PASSWORD_RESETS.CREATED_AT, now)
                .set(PASSWORD_RESETS.EXPIRES_AT, expiresAt)
                .execute();
    }

    Optional<Stored> find(byte[] tokenHash) {
        return sql.select(PASSWORD_RESETS.ACCOUNT_ID, PASSWORD_RESETS.EXPIRES_AT, PASSWORD_RESETS.USED_AT)
                .from(PASSWORD_RESETS).where(PASSWORD_RESETS.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(row -> new Stored(row.value1(), row.value2(), Optional.ofNullable(row.value3())));
    }

    int createdSince(AccountId account, Instant since) {
        return sql.fetchCount(PASSWORD_RESETS,
                PASSWORD_RESETS.ACCOUNT_ID.eq(account).and(PASSWORD_RESETS.CREATED_AT.ge(since)));
    }

    /** Uses the link if it is still unused and unexpired; false when another request used it first. */
    boolean use(byte[] tokenHash, Instant now) {
        return sql.update(PASSWORD_RESETS).set(PASSWORD_RESETS.USED_AT, now)
                .where(PASSWORD_RESETS.TOKEN_HASH.eq(tokenHash).and(PASSWORD_RESETS.USED_AT.isNull())
                        .and(PASSWORD_RESETS.EXPIRES_AT.gt(now)))
                .execute() == 1;
    }

    /** Ends every other link of the account: a new password makes older links worthless. */
    void useAllOf(AccountId account, Instant now) {
        sql.update(PASSWORD_RESETS).set(PASSWORD_RESETS.USED_AT, now)
                .where(PASSWORD_RESETS.ACCOUNT_ID.eq(account).and(PASSWORD_RESETS.USED_AT.isNull()))
                .execute();
    }

    void deleteAllOf(AccountId account) {
        sql.deleteFrom(PASSWORD_RESETS).where(PASSWORD_RESETS.ACCOUNT_ID.eq(account)).execute();
    }
}
