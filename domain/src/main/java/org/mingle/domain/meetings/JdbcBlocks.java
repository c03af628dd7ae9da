package org.mingle.domain.meetings;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.any;
import static org.mingle.db.jooq.Tables.ACCOUNT_DIRECTORY;
import static org.mingle.db.jooq.Tables.BLOCKS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.mingle.domain.shared.AccountId;

/** Blocks in PostgreSQL. */
@Singleton
class JdbcBlocks implements Blocks {

    private final DSLContext sql;

    JdbcBlocks(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public boolean add(AccountId blocker, AccountId blocked, Instant now) {
        return sql.insertInto(BLOCKS, BLOCKS.BLOCKER_ID, BLOCKS.BLOCKED_ID, BLOCKS.CREATED_AT)
                .values(blocker, blocked, now)
                .onConflictDoNothing()
                .execute() > 0;
    }

    @Override
    public boolean remove(AccountId blocker, AccountId blocked) {
        return sql.deleteFrom(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(blocker).and(BLOCKS.BLOCKED_ID.eq(blocked)))
                .execute() > 0;
    }

    @Override
    public boolean eitherWay(AccountId a, AccountId b) {
        return sql.fetchExists(BLOCKS,
                BLOCKS.BLOCKER_ID.eq(a).and(BLOCKS.BLOCKED_ID.eq(b))
                        .or(BLOCKS.BLOCKER_ID.eq(b).and(BLOCKS.BLOCKED_ID.eq(a))));
    }

    @Override
    public List<BlockedPerson> by(AccountId blocker) {
        return sql.select(BLOCKS.BLOCKED_ID, ACCOUNT_DIRECTORY.DISPLAY_NAME, BLOCKS.CREATED_AT)
                .from(BLOCKS).join(ACCOUNT_DIRECTORY).on(ACCOUNT_DIRECTORY.ID.eq(BLOCKS.BLOCKED_ID))
                .where(BLOCKS.BLOCKER_ID.eq(blocker).and(ACCOUNT_DIRECTORY.ERASED_AT.isNull()))
                .orderBy(BLOCKS.CREATED_AT.desc(), BLOCKS.BLOCKED_ID)
                .fetch(mapping(BlockedPerson::new));
    }

    @Override
    public List<Block> among(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        AccountId[] ids = accounts.toArray(AccountId[]::new);
        return sql.select(BLOCKS.BLOCKER_ID, BLOCKS.BLOCKED_ID, BLOCKS.CREATED_AT).from(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(any(ids)).and(BLOCKS.BLOCKED_ID.eq(any(ids))))
                .fetch(mapping(Block::new));
    }

    @Override
    public List<Block> involving(Collection<AccountId> accounts) {
        AccountId[] ids = accounts.toArray(AccountId[]::new);
        return sql.select(BLOCKS.BLOCKER_ID, BLOCKS.BLOCKED_ID, BLOCKS.CREATED_AT).from(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(any(ids)).or(BLOCKS.BLOCKED_ID.eq(any(ids))))
                .fetch(mapping(Block::new));
    }

    @Override
    public List<Block> madeBy(AccountId blocker) {
        return sql.select(BLOCKS.BLOCKER_ID, BLOCKS.BLOCKED_ID, BLOCKS.CREATED_AT).from(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(blocker))
                .orderBy(BLOCKS.CREATED_AT)
                .fetch(mapping(Block::new));
    }

    @Override
    public void removeAllOf(AccountId account) {
        sql.deleteFrom(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(account).or(BLOCKS.BLOCKED_ID.eq(account)))
                .execute();
    }
}
