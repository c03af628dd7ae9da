package org.mingle.domain.profiles;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.mode;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.unnest;
import static org.jooq.impl.DSL.val;
import static org.mingle.db.jooq.Tables.ACCOUNT_DIRECTORY;
import static org.mingle.db.jooq.Tables.PROFILES;
import static org.mingle.db.jooq.Tables.PROFILE_INTERESTS;
import static org.mingle.db.jooq.Tables.PROFILE_VISIBILITY;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.mingle.domain.shared.AccountId;

/** Profiles in PostgreSQL: one row per profile, interests and visibility in their own tables. */
@Singleton
class JdbcProfiles implements Profiles {

    private static final List<Visibility> SHOWN_TO_ATTENDEES = List.of(Visibility.PUBLIC, Visibility.ATTENDEES);

    private final DSLContext sql;

    JdbcProfiles(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Profile> find(AccountId account) {
        return findAll(List.of(account)).stream().findFirst();
    }

    @Override
    public List<Profile> findAll(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        AccountId[] ids = accounts.stream().distinct().toArray(AccountId[]::new);
        return load(account -> among(account, ids));
    }

    /**
     * The accounts as a table to semi-join. An event's model asks for thousands at once: {@code = any(?)} would test
     * every row against the whole array once PostgreSQL plans the prepared query generically (minutes at 10,000),
     * where a join over {@code unnest(?)} stays a hash or index lookup per row.
     */
    private static Condition among(Field<AccountId> account, AccountId[] ids) {
        DataType<AccountId> type = ACCOUNT_DIRECTORY.ID.getDataType();
        Table<?> wanted = unnest(val(ids, type.getArrayDataType())).as("wanted", "id");
        return account.in(select(wanted.field("id", type)).from(wanted));
    }

    /** The profiles of the active accounts the condition selects, in three queries whatever their number. */
    private List<Profile> load(Function<Field<AccountId>, Condition> selected) {
        Map<AccountId, List<Interest>> interests = sql
                .select(PROFILE_INTERESTS.ACCOUNT_ID, PROFILE_INTERESTS.DISPLAY, PROFILE_INTERESTS.TAG_KEY)
                .from(PROFILE_INTERESTS)
                .where(selected.apply(PROFILE_INTERESTS.ACCOUNT_ID))
                .orderBy(PROFILE_INTERESTS.ACCOUNT_ID, PROFILE_INTERESTS.POSITION)
                .fetchGroups(PROFILE_INTERESTS.ACCOUNT_ID,
                        mapping((account, display, key) -> Interest.stored(display, key)));
        Map<AccountId, Map<ProfileField, Visibility>> visibility = new HashMap<>();
        sql.selectFrom(PROFILE_VISIBILITY).where(selected.apply(PROFILE_VISIBILITY.ACCOUNT_ID))
                .forEach(r -> visibility.computeIfAbsent(r.getAccountId(), id -> new EnumMap<>(ProfileField.class))
                        .put(r.getField(), r.getVisibility()));
        return sql.select(ACCOUNT_DIRECTORY.ID, ACCOUNT_DIRECTORY.DISPLAY_NAME, PROFILES.HEADLINE, PROFILES.BIO,
                        PROFILES.COMPANY, PROFILES.INDUSTRY, PROFILES.SENIORITY, PROFILES.SEEKING, PROFILES.OFFERING,
                        PROFILES.LINKS, PROFILES.UPDATED_AT)
                .from(ACCOUNT_DIRECTORY).leftJoin(PROFILES).on(PROFILES.ACCOUNT_ID.eq(ACCOUNT_DIRECTORY.ID))
                .where(selected.apply(ACCOUNT_DIRECTORY.ID).and(ACCOUNT_DIRECTORY.ERASED_AT.isNull()))
                .fetch(mapping((id, name, headline, bio, company, industry, seniority, seeking, offering, links,
                                updatedAt) -> updatedAt == null ? Profile.empty(id, name)
                        : new Profile(id, name, headline, bio, company, industry, seniority,
                                interests.getOrDefault(id, List.of()), goals(seeking), goals(offering),
                                Arrays.asList(links), visibility.getOrDefault(id, Map.of()), updatedAt)));
    }

    @Override
    public Map<AccountId, String> namesOf(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        AccountId[] ids = accounts.stream().distinct().toArray(AccountId[]::new);
        return sql.select(ACCOUNT_DIRECTORY.ID, ACCOUNT_DIRECTORY.DISPLAY_NAME).from(ACCOUNT_DIRECTORY)
                .where(among(ACCOUNT_DIRECTORY.ID, ids))
                .fetchMap(ACCOUNT_DIRECTORY.ID, ACCOUNT_DIRECTORY.DISPLAY_NAME);
    }

    @Override
    public void save(Profile profile) {
        AccountId id = profile.accountId();
        Goal[] seeking = profile.seeking().toArray(Goal[]::new);
        Goal[] offering = profile.offering().toArray(Goal[]::new);
        String[] links = profile.links().toArray(String[]::new);
        sql.insertInto(PROFILES)
                .set(PROFILES.ACCOUNT_ID, id)
                .set(PROFILES.HEADLINE, profile.headline())
                .set(PROFILES.BIO, profile.bio())
                .set(PROFILES.COMPANY, profile.company())
                .set(PROFILES.INDUSTRY, profile.industry())
                .set(PROFILES.SENIORITY, profile.seniority())
                .set(PROFILES.SEEKING, seeking)
                .set(PROFILES.OFFERING, offering)
                .set(PROFILES.LINKS, links)
                .set(PROFILES.UPDATED_AT, profile.updatedAt())
                .onConflict(PROFILES.ACCOUNT_ID).doUpdate()
                .set(PROFILES.HEADLINE, profile.headline())
                .set(PROFILES.BIO, profile.bio())
                .set(PROFILES.COMPANY, profile.company())
                .set(PROFILES.INDUSTRY, profile.industry())
                .set(PROFILES.SENIORITY, profile.seniority())
                .set(PROFILES.SEEKING, seeking)
                .set(PROFILES.OFFERING, offering)
                .set(PROFILES.LINKS, links)
                .set(PROFILES.UPDATED_AT, profile.updatedAt())
                .execute();
        sql.deleteFrom(PROFILE_INTERESTS).where(PROFILE_INTERESTS.ACCOUNT_ID.eq(id)).execute();
        var interests = sql.insertInto(PROFILE_INTERESTS, PROFILE_INTERESTS.ACCOUNT_ID, PROFILE_INTERESTS.POSITION,
                PROFILE_INTERESTS.DISPLAY, PROFILE_INTERESTS.TAG_KEY);
        for (int i = 0; i < profile.interests().size(); i++) {
            Interest interest = profile.interests().get(i);
            interests = interests.values(id, (short) i, interest.display(), interest.key());
        }
        if (!profile.interests().isEmpty()) {
            interests.execute();
        }
        sql.deleteFrom(PROFILE_VISIBILITY).where(PROFILE_VISIBILITY.ACCOUNT_ID.eq(id)).execute();
        var visibility = sql.insertInto(PROFILE_VISIBILITY, PROFILE_VISIBILITY.ACCOUNT_ID, PROFILE_VISIBILITY.FIELD,
                PROFILE_VISIBILITY.VISIBILITY);
        for (var entry : profile.visibility().entrySet()) {
            visibility = visibility.values(id, entry.getKey(), entry.getValue());
        }
        visibility.execute();
    }

    @Override
    public void delete(AccountId account) {
        sql.deleteFrom(PROFILES).where(PROFILES.ACCOUNT_ID.eq(account)).execute();
    }

    @Override
    public List<String> interestsInUse(String fragmentKey, int limit) {
        Field<String> spelling = mode().withinGroupOrderBy(PROFILE_INTERESTS.DISPLAY);
        return sql.select(spelling)
                .from(PROFILE_INTERESTS)
                .join(PROFILE_VISIBILITY).on(PROFILE_VISIBILITY.ACCOUNT_ID.eq(PROFILE_INTERESTS.ACCOUNT_ID)
                        .and(PROFILE_VISIBILITY.FIELD.eq(inline(ProfileField.INTERESTS, PROFILE_VISIBILITY.FIELD))))
                .where(PROFILE_VISIBILITY.VISIBILITY.in(SHOWN_TO_ATTENDEES)
                        .and(PROFILE_INTERESTS.TAG_KEY.contains(fragmentKey)))
                .groupBy(PROFILE_INTERESTS.TAG_KEY)
                .orderBy(PROFILE_INTERESTS.TAG_KEY.startsWith(fragmentKey).desc(), count().desc(),
                        PROFILE_INTERESTS.TAG_KEY)
                .limit(limit)
                .fetch(spelling);
    }

    @Override
    public List<String> industriesInUse(String lowerCaseFragment, int limit) {
        Field<String> key = org.jooq.impl.DSL.lower(PROFILES.INDUSTRY);
        Field<String> spelling = mode().withinGroupOrderBy(PROFILES.INDUSTRY);
        return sql.select(spelling)
                .from(PROFILES)
                .join(PROFILE_VISIBILITY).on(PROFILE_VISIBILITY.ACCOUNT_ID.eq(PROFILES.ACCOUNT_ID)
                        .and(PROFILE_VISIBILITY.FIELD.eq(inline(ProfileField.INDUSTRY, PROFILE_VISIBILITY.FIELD))))
                .where(PROFILE_VISIBILITY.VISIBILITY.in(SHOWN_TO_ATTENDEES)
                        .and(PROFILES.INDUSTRY.ne(""))
                        .and(key.contains(lowerCaseFragment)))
                .groupBy(key)
                .orderBy(key.startsWith(lowerCaseFragment).desc(), count().desc(), key)
                .limit(limit)
                .fetch(spelling);
    }

    private static Set<Goal> goals(Goal[] goals) {
        Set<Goal> set = EnumSet.noneOf(Goal.class);
        set.addAll(Arrays.asList(goals));
        return set;
    }
}
