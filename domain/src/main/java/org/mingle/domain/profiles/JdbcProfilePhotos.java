package org.mingle.domain.profiles;

import static org.jooq.impl.DSL.inline;
import static org.mingle.db.jooq.Tables.PROFILE_PHOTOS;
import static org.mingle.db.jooq.Tables.PROFILE_VISIBILITY;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.mingle.domain.shared.AccountId;

/** Profile photos in PostgreSQL, one row per account, read with the photo's row of the profile's visibility. */
@Singleton
class JdbcProfilePhotos implements ProfilePhotos {

    private final DSLContext sql;

    JdbcProfilePhotos(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void save(AccountId account, PreparedPhoto photo, Instant updatedAt) {
        sql.insertInto(PROFILE_PHOTOS)
                .set(PROFILE_PHOTOS.ACCOUNT_ID, account)
                .set(PROFILE_PHOTOS.JPEG_256, photo.large())
                .set(PROFILE_PHOTOS.JPEG_64, photo.small())
                .set(PROFILE_PHOTOS.UPDATED_AT, updatedAt)
                .onConflict(PROFILE_PHOTOS.ACCOUNT_ID).doUpdate()
                .set(PROFILE_PHOTOS.JPEG_256, photo.large())
                .set(PROFILE_PHOTOS.JPEG_64, photo.small())
                .set(PROFILE_PHOTOS.UPDATED_AT, updatedAt)
                .execute();
    }

    @Override
    public boolean delete(AccountId account) {
        return sql.deleteFrom(PROFILE_PHOTOS).where(PROFILE_PHOTOS.ACCOUNT_ID.eq(account)).execute() > 0;
    }

    @Override
    public Optional<Stored> find(AccountId account, PhotoSize size) {
        Field<byte[]> jpeg = size == PhotoSize.LARGE ? PROFILE_PHOTOS.JPEG_256 : PROFILE_PHOTOS.JPEG_64;
        return withVisibility(jpeg).where(PROFILE_PHOTOS.ACCOUNT_ID.eq(account))
                .fetchOptional(row -> new Stored(row.get(jpeg), entry(row)));
    }

    @Override
    public Map<AccountId, Entry> entries(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return withVisibility().where(PROFILE_PHOTOS.ACCOUNT_ID.in(accounts))
                .fetchMap(row -> row.get(PROFILE_PHOTOS.ACCOUNT_ID), JdbcProfilePhotos::entry);
    }

    private SelectOnConditionStep<Record> withVisibility(Field<?>... more) {
        return sql.select(PROFILE_PHOTOS.ACCOUNT_ID, PROFILE_PHOTOS.UPDATED_AT, PROFILE_VISIBILITY.VISIBILITY)
                .select(more)
                .from(PROFILE_PHOTOS)
                .leftJoin(PROFILE_VISIBILITY).on(PROFILE_VISIBILITY.ACCOUNT_ID.eq(PROFILE_PHOTOS.ACCOUNT_ID)
                        .and(PROFILE_VISIBILITY.FIELD.eq(inline(ProfileField.PHOTO, PROFILE_VISIBILITY.FIELD))));
    }

    private static Entry entry(Record row) {
        return new Entry(row.get(PROFILE_PHOTOS.UPDATED_AT), Objects.requireNonNullElse(
                row.get(PROFILE_VISIBILITY.VISIBILITY), ProfileField.PHOTO.defaultVisibility()));
    }
}
