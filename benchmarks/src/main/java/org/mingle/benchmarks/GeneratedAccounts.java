package org.mingle.benchmarks;

import static org.mingle.db.jooq.Tables.ACCOUNTS;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.mingle.domain.shared.AccountId;

/** Many accounts for load runs, inserted in batches: signing them up would spend the run hashing passwords. */
final class GeneratedAccounts {

    private GeneratedAccounts() {
    }

    static List<AccountId> insert(DSLContext sql, int count, String label) {
        var ids = new ArrayList<AccountId>();
        for (int from = 0; from < count; from += 1000) {
            var insert = sql.insertInto(ACCOUNTS, ACCOUNTS.ID, ACCOUNTS.DISPLAY_NAME, ACCOUNTS.EMAIL, ACCOUNTS.PASSWORD_HASH);
            for (int i = from; i < Math.min(count, from + 1000); i++) {
                var id = new AccountId(UUID.randomUUID());
                ids.add(id);
                insert = insert.values(id, label + " " + i, label.toLowerCase(java.util.Locale.ROOT) + "." + id
                        + "@example.com", "not-a-hash");
            }
            insert.execute();
        }
        return ids;
    }
}
