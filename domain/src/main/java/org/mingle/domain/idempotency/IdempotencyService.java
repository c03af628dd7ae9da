package org.mingle.domain.idempotency;

import static org.mingle.db.jooq.Tables.IDEMPOTENCY_KEYS;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.mingle.domain.infrastructure.SkipLockedClaims;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

/**
 * Makes creating requests safe to retry. The key is recorded in the same transaction as what the request creates, so
 * either both exist or neither; a parallel retry waits on the key's row and then gets the first answer.
 */
@Singleton
public class IdempotencyService {

    public static final Duration KEY_LIFETIME = Duration.ofHours(24);
    public static final int KEY_MAX_LENGTH = 200;
    private static final int SWEEP_BATCH = 100;

    private final DSLContext sql;
    private final Clock clock;

    IdempotencyService(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /**
     * Runs {@code action} once per caller and key.
     *
     * @param fingerprint a digest of the request (method, path, body): the same key with another one is refused
     * @param action      performs the request and returns the response body to store
     * @throws IdempotencyKeyReusedException when the key was used for a different request
     */
    @Transactional
    public IdempotentResult once(AccountId caller, String key, String fingerprint, Supplier<String> action) {
        if (key == null || key.isBlank() || key.length() > KEY_MAX_LENGTH) {
            throw InvalidInputException.of("Idempotency-Key", "must have 1 to " + KEY_MAX_LENGTH + " characters");
        }
        var expired = clock.instant().minus(KEY_LIFETIME);
        forgetExpired(expired);
        var mine = IDEMPOTENCY_KEYS.ACCOUNT_ID.eq(caller).and(IDEMPOTENCY_KEYS.KEY.eq(key));
        sql.deleteFrom(IDEMPOTENCY_KEYS).where(mine.and(IDEMPOTENCY_KEYS.CREATED_AT.lt(expired))).execute();
        var inserted = sql.insertInto(IDEMPOTENCY_KEYS, IDEMPOTENCY_KEYS.ACCOUNT_ID, IDEMPOTENCY_KEYS.KEY,
                        IDEMPOTENCY_KEYS.FINGERPRINT)
                .values(caller, key, fingerprint)
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            var earlier = sql.selectFrom(IDEMPOTENCY_KEYS).where(mine).forUpdate().fetchSingle();
            if (!earlier.getFingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            return new IdempotentResult(earlier.getResponseBody(), true);
        }
        var body = action.get();
        sql.update(IDEMPOTENCY_KEYS).set(IDEMPOTENCY_KEYS.RESPONSE_BODY, body).where(mine).execute();
        return new IdempotentResult(body, false);
    }

    /** Keeps the table small without a scheduler: each request removes a few expired keys. */
    private void forgetExpired(java.time.Instant expired) {
        // The row's physical address stands for its two-column key, so the claim can run once (SkipLockedClaims).
        Field<Object> row = DSL.field(DSL.name("ctid"));
        sql.deleteFrom(IDEMPOTENCY_KEYS)
                .where(SkipLockedClaims.claimed(row, DSL.select(row).from(IDEMPOTENCY_KEYS)
                        .where(IDEMPOTENCY_KEYS.CREATED_AT.lt(expired))
                        .limit(SWEEP_BATCH)
                        .forUpdate().skipLocked()))
                .execute();
    }
}
