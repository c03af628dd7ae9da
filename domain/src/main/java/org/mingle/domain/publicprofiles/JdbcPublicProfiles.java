package org.mingle.domain.publicprofiles;

import static org.mingle.db.jooq.Tables.PUBLIC_PROFILES;
import static org.mingle.db.jooq.Tables.PUBLIC_RECORD_EVENTS;
import static org.mingle.db.jooq.Tables.RETIRED_HANDLES;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.mingle.db.jooq.tables.records.PublicProfilesRecord;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Public page settings and kept records in PostgreSQL. */
@Singleton
class JdbcPublicProfiles implements PublicProfiles {

    private final DSLContext sql;

    JdbcPublicProfiles(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<PublicSettings> find(AccountId account) {
        return sql.selectFrom(PUBLIC_PROFILES).where(PUBLIC_PROFILES.ACCOUNT_ID.eq(account))
                .fetchOptional(JdbcPublicProfiles::toSettings);
    }

    @Override
    public Optional<PublicSettings> findShown(String handle) {
        // An erased account has no row here any more (its handle is retired), and the profile feature answers no
        // profile for it either.
        return sql.selectFrom(PUBLIC_PROFILES).where(PUBLIC_PROFILES.HANDLE.eq(handle).and(PUBLIC_PROFILES.SHOWN))
                .fetchOptional(JdbcPublicProfiles::toSettings);
    }

    @Override
    public void save(PublicSettings settings, Instant now) {
        if (settings.handle().isEmpty()) {
            sql.deleteFrom(PUBLIC_PROFILES).where(PUBLIC_PROFILES.ACCOUNT_ID.eq(settings.accountId())).execute();
            return;
        }
        String handle = settings.handle().get();
        if (sql.fetchExists(RETIRED_HANDLES, RETIRED_HANDLES.HANDLE.eq(handle))) {
            throw new HandleTakenException(handle);
        }
        try {
            sql.insertInto(PUBLIC_PROFILES)
                    .set(PUBLIC_PROFILES.ACCOUNT_ID, settings.accountId())
                    .set(PUBLIC_PROFILES.HANDLE, handle)
                    .set(PUBLIC_PROFILES.SHOWN, settings.shown())
                    .set(PUBLIC_PROFILES.INDEXABLE, settings.indexable())
                    .set(PUBLIC_PROFILES.UPDATED_AT, now)
                    .onConflict(PUBLIC_PROFILES.ACCOUNT_ID).doUpdate()
                    .set(PUBLIC_PROFILES.HANDLE, handle)
                    .set(PUBLIC_PROFILES.SHOWN, settings.shown())
                    .set(PUBLIC_PROFILES.INDEXABLE, settings.indexable())
                    .set(PUBLIC_PROFILES.UPDATED_AT, now)
                    .execute();
        } catch (IntegrityConstraintViolationException taken) {
            // The unique index decides between two people claiming one handle at once: the later commit waits for
            // the earlier and then fails here.
            throw new HandleTakenException(handle);
        }
    }

    @Override
    public Optional<String> delete(AccountId account) {
        return sql.deleteFrom(PUBLIC_PROFILES).where(PUBLIC_PROFILES.ACCOUNT_ID.eq(account))
                .returning(PUBLIC_PROFILES.HANDLE).fetchOptional(PUBLIC_PROFILES.HANDLE);
    }

    @Override
    public void retire(String handle, Instant now) {
        sql.insertInto(RETIRED_HANDLES).set(RETIRED_HANDLES.HANDLE, handle).set(RETIRED_HANDLES.RETIRED_AT, now)
                .onConflictDoNothing().execute();
    }

    @Override
    public boolean keep(AccountId account, EventId event, Instant now) {
        return sql.insertInto(PUBLIC_RECORD_EVENTS)
                .set(PUBLIC_RECORD_EVENTS.ACCOUNT_ID, account)
                .set(PUBLIC_RECORD_EVENTS.EVENT_ID, event)
                .set(PUBLIC_RECORD_EVENTS.KEPT_AT, now)
                .onConflictDoNothing().execute() == 1;
    }

    @Override
    public boolean drop(AccountId account, EventId event) {
        return sql.deleteFrom(PUBLIC_RECORD_EVENTS)
                .where(PUBLIC_RECORD_EVENTS.ACCOUNT_ID.eq(account).and(PUBLIC_RECORD_EVENTS.EVENT_ID.eq(event)))
                .execute() == 1;
    }

    @Override
    public boolean isKept(AccountId account, EventId event) {
        return sql.fetchExists(PUBLIC_RECORD_EVENTS,
                PUBLIC_RECORD_EVENTS.ACCOUNT_ID.eq(account).and(PUBLIC_RECORD_EVENTS.EVENT_ID.eq(event)));
    }

    @Override
    public List<Kept> kept(AccountId account) {
        return sql.select(PUBLIC_RECORD_EVENTS.EVENT_ID, PUBLIC_RECORD_EVENTS.KEPT_AT).from(PUBLIC_RECORD_EVENTS)
                .where(PUBLIC_RECORD_EVENTS.ACCOUNT_ID.eq(account))
                .orderBy(PUBLIC_RECORD_EVENTS.KEPT_AT.desc(), PUBLIC_RECORD_EVENTS.EVENT_ID)
                .fetch(row -> new Kept(row.value1(), row.value2()));
    }

    @Override
    public void dropAll(AccountId account) {
        sql.deleteFrom(PUBLIC_RECORD_EVENTS).where(PUBLIC_RECORD_EVENTS.ACCOUNT_ID.eq(account)).execute();
    }

    private static PublicSettings toSettings(PublicProfilesRecord row) {
        return new PublicSettings(row.getAccountId(), Optional.of(row.getHandle()), row.getShown(),
                row.getIndexable(), row.getUpdatedAt());
    }
}
