package org.mingle.domain.meetings;

import static org.jooq.impl.DSL.any;
import static org.mingle.db.jooq.Tables.ACCOUNT_DIRECTORY;
import static org.mingle.db.jooq.Tables.BLOCKS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
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
                .values(blocker.value(), blocked.value(), now)
                .onConflictDoNothing()
                .execute() > 0;
    }

    @Override
    public boolean remove(AccountId blocker, AccountId blocked) {
        return sql.deleteFrom(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(blocker.value()).and(BLOCKS.BLOCKED_ID.eq(blocked.value())))
                .execute() > 0;
    }

    @Override
    public boolean eitherWay(AccountId a, AccountId b) {
        return sql.fetchExists(BLOCKS,
                BLOCKS.BLOCKER_ID.eq(a.value()).and(BLOCKS.BLOCKED_ID.eq(b.value()))
                        .or(BLOCKS.BLOCKER_ID.eq(b.value()).and(BLOCKS.BLOCKED_ID.eq(a.value()))));
    }

    @Override
    public List<BlockedPerson> by(AccountId blocker) {
        return sql.select(BLOCKS.BLOCKED_ID, ACCOUNT_DIRECTORY.DISPLAY_NAME, BLOCKS.CREATED_AT)
                .from(BLOCKS).join(ACCOUNT_DIRECTORY).on(ACCOUNT_DIRECTORY.ID.eq(BLOCKS.BLOCKED_ID))
                .where(BLOCKS.BLOCKER_ID.eq(blocker.value()).and(ACCOUNT_DIRECTORY.ERASED_AT.isNull()))
                .orderBy(BLOCKS.CREATED_AT.desc(), BLOCKS.BLOCKED_ID)
                .fetch(r -> new BlockedPerson(new AccountId(r.value1()), r.value2(), r.value3()));
    }

    @Override
    public List<Block> among(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        UUID[] ids = accounts.stream().map(AccountId::value).toArray(UUID[]::new);
        return sql.select(BLOCKS.BLOCKER_ID, BLOCKS.BLOCKED_ID, BLOCKS.CREATED_AT).from(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(any(ids)).and(BLOCKS.BLOCKED_ID.eq(any(ids))))
                .fetch(r -> new Block(new AccountId(r.value1()), new AccountId(r.value2()), r.value3()));
    }

    @Override
    public List<Block> involving(Collection<AccountId> accounts) {
        UUID[] ids = accounts.stream().map(AccountId::value).toArray(UUID[]::new);
        return sql.select(BLOCKS.BLOCKER_ID, BLOCKS.BLOCKED_ID, BLOCKS.CREATED_AT).from(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(any(ids)).or(BLOCKS.BLOCKED_ID.eq(any(ids))))
                .fetch(r -> new Block(new AccountId(r.value1()), new AccountId(r.value2()), r.value3()));
    }

    @Override
    public List<Block> madeBy(AccountId blocker) {
        return sql.select(BLOCKS.BLOCKER_ID, BLOCKS.BLOCKED_ID, BLOCKS.CREATED_AT).from(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(blocker.value()))
                .orderBy(BLOCKS.CREATED_AT)
                .fetch(r -> new Block(new AccountId(r.value1()), new AccountId(r.value2()), r.value3()));
    }

    @Override
    public void removeAllOf(AccountId account) {
        sql.deleteFrom(BLOCKS)
                .where(BLOCKS.BLOCKER_ID.eq(account.value()).or(BLOCKS.BLOCKED_ID.eq(account.value())))
                .execute();
    }
}
