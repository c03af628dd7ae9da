package org.mingle.domain.connections;

import static org.jooq.impl.DSL.selectOne;
import static org.mingle.db.jooq.Tables.CONNECTION_ENTRIES;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.mingle.domain.profiles.Acquaintances;
import org.mingle.domain.shared.AccountId;

/** A recorded connection counts while both keep it in their network. */
@Singleton
class ConnectedAcquaintances implements Acquaintances {

    private final DSLContext sql;

    ConnectedAcquaintances(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Set<AccountId> knownTo(AccountId viewer, Collection<AccountId> others) {
        if (others.isEmpty()) {
            return Set.of();
        }
        var ids = others.stream().distinct().toList();
        var mine = CONNECTION_ENTRIES.as("mine");
        var theirs = CONNECTION_ENTRIES.as("theirs");
        // From the others' entries (few) to the viewer's entry on the same connection, by primary key: someone with
        // thousands of connections is not read whole to learn whether one person is among them.
        return new HashSet<>(sql.selectDistinct(theirs.OWNER_ID).from(theirs)
                .where(theirs.OWNER_ID.in(ids), theirs.OWNER_ID.ne(viewer))
                .andExists(selectOne().from(mine)
                        .where(mine.CONNECTION_ID.eq(theirs.CONNECTION_ID), mine.OWNER_ID.eq(viewer)))
                .fetch(theirs.OWNER_ID));
    }
}
