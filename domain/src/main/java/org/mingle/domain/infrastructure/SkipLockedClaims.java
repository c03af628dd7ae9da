package org.mingle.domain.infrastructure;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The condition by which a statement acts on the rows a {@code SELECT ... LIMIT n FOR UPDATE SKIP LOCKED} claims.
 *
 * <p>Written as {@code column IN (claim)}, PostgreSQL may plan a semi join that evaluates the claim again for each
 * row of the outer table, locking a different set each time: with the statistics of a table that was empty when last
 * analysed, one claim of 50 mails took 100 and ran for 400 ms over 8,500 rows (docs/benchmarks.md). Collected
 * into an array first ({@code column = any(array(claim))}), the claim runs exactly once.
 */
public final class SkipLockedClaims {

    private SkipLockedClaims() {
    }

    public static <T> Condition claimed(Field<T> column, Select<? extends Record1<T>> claim) {
        return DSL.condition("{0} = any(array({1}))", column, claim);
    }
}
