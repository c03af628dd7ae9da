package org.mingle.domain.accounts;

import static org.mingle.db.jooq.Tables.ACCOUNTS;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.mingle.domain.shared.AccountId;

/** Many accounts at once, written straight to the table: hashing 200 passwords would only slow the tests down. */
public final class TestPeople {

    private TestPeople() {
    }

    public static List<AccountId> create(DSLContext sql, int count, String label) {
        var ids = new ArrayList<AccountId>();
        var insert = sql.insertInto(ACCOUNTS, ACCOUNTS.ID, ACCOUNTS.DISPLAY_NAME, ACCOUNTS.EMAIL, ACCOUNTS.PASSWORD_HASH);
        for (int i = 0; i < count; i++) {
            var id = new AccountId(UUID.randomUUID());
            ids.add(id);
            insert = insert.values(id, label + " " + i, label.toLowerCase(java.util.Locale.ROOT) + "." + id + "@example.com",
                    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
        }
        insert.execute();
        return ids;
    }
}
