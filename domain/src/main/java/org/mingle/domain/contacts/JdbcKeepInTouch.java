package org.mingle.domain.contacts;

import static org.mingle.db.jooq.Tables.KEEP_IN_TOUCH;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.mingle.domain.shared.AccountId;

/** Keep-in-touch settings in PostgreSQL: one row per owner and contact. */
@Singleton
class JdbcKeepInTouch implements KeepInTouchSettings {

    private final DSLContext sql;

    JdbcKeepInTouch(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<KeepInTouch> find(AccountId owner, AccountId contact) {
        return sql.selectFrom(KEEP_IN_TOUCH)
                .where(KEEP_IN_TOUCH.OWNER_ID.eq(owner).and(KEEP_IN_TOUCH.CONTACT_ID.eq(contact)))
                .fetchOptional(JdbcKeepInTouch::toSetting);
    }

    @Override
    public void save(KeepInTouch setting) {
        sql.insertInto(KEEP_IN_TOUCH)
                .set(KEEP_IN_TOUCH.OWNER_ID, setting.owner())
                .set(KEEP_IN_TOUCH.CONTACT_ID, setting.contact())
                .set(KEEP_IN_TOUCH.EVERY, setting.every())
                .set(KEEP_IN_TOUCH.SET_AT, setting.setAt())
                .set(KEEP_IN_TOUCH.DUE_AT, setting.dueAt())
                .set(KEEP_IN_TOUCH.NOTICED_AT, setting.noticedAt())
                .onConflict(KEEP_IN_TOUCH.OWNER_ID, KEEP_IN_TOUCH.CONTACT_ID).doUpdate()
                .set(KEEP_IN_TOUCH.EVERY, setting.every())
                .set(KEEP_IN_TOUCH.SET_AT, setting.setAt())
                .set(KEEP_IN_TOUCH.DUE_AT, setting.dueAt())
                .set(KEEP_IN_TOUCH.NOTICED_AT, setting.noticedAt())
                .execute();
    }

    @Override
    public void delete(AccountId owner, AccountId contact) {
        sql.deleteFrom(KEEP_IN_TOUCH)
                .where(KEEP_IN_TOUCH.OWNER_ID.eq(owner).and(KEEP_IN_TOUCH.CONTACT_ID.eq(contact)))
                .execute();
    }

    @Override
    public List<KeepInTouch> lockDue(Instant now, int limit) {
        return sql.selectFrom(KEEP_IN_TOUCH)
                .where(KEEP_IN_TOUCH.DUE_AT.le(now))
                .orderBy(KEEP_IN_TOUCH.DUE_AT, KEEP_IN_TOUCH.OWNER_ID, KEEP_IN_TOUCH.CONTACT_ID)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(JdbcKeepInTouch::toSetting);
    }

    @Override
    public void reschedule(AccountId owner, AccountId contact, Instant dueAt, Instant noticedAt) {
        var update = sql.update(KEEP_IN_TOUCH).set(KEEP_IN_TOUCH.DUE_AT, dueAt);
        if (noticedAt != null) {
            update = update.set(KEEP_IN_TOUCH.NOTICED_AT, noticedAt);
        }
        update.where(KEEP_IN_TOUCH.OWNER_ID.eq(owner).and(KEEP_IN_TOUCH.CONTACT_ID.eq(contact))).execute();
    }

    @Override
    public List<KeepInTouch> dueBy(AccountId owner, Instant until) {
        return sql.selectFrom(KEEP_IN_TOUCH)
                .where(KEEP_IN_TOUCH.OWNER_ID.eq(owner).and(KEEP_IN_TOUCH.DUE_AT.le(until)))
                .orderBy(KEEP_IN_TOUCH.DUE_AT, KEEP_IN_TOUCH.CONTACT_ID)
                .fetch(JdbcKeepInTouch::toSetting);
    }

    @Override
    public List<KeepInTouch> ofOwner(AccountId owner) {
        return sql.selectFrom(KEEP_IN_TOUCH).where(KEEP_IN_TOUCH.OWNER_ID.eq(owner))
                .orderBy(KEEP_IN_TOUCH.SET_AT, KEEP_IN_TOUCH.CONTACT_ID)
                .fetch(JdbcKeepInTouch::toSetting);
    }

    @Override
    public void forget(AccountId account) {
        sql.deleteFrom(KEEP_IN_TOUCH)
                .where(KEEP_IN_TOUCH.OWNER_ID.eq(account).or(KEEP_IN_TOUCH.CONTACT_ID.eq(account)))
                .execute();
    }

    private static KeepInTouch toSetting(Record r) {
        return new KeepInTouch(r.get(KEEP_IN_TOUCH.OWNER_ID), r.get(KEEP_IN_TOUCH.CONTACT_ID),
                r.get(KEEP_IN_TOUCH.EVERY), r.get(KEEP_IN_TOUCH.SET_AT), r.get(KEEP_IN_TOUCH.DUE_AT),
                r.get(KEEP_IN_TOUCH.NOTICED_AT));
    }
}
