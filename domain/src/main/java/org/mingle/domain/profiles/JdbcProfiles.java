package org.mingle.domain.profiles;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.mode;
import static org.mingle.db.jooq.Tables.ACCOUNT_DIRECTORY;
import static org.mingle.db.jooq.Tables.PROFILES;
import static org.mingle.db.jooq.Tables.PROFILE_INTERESTS;
import static org.mingle.db.jooq.Tables.PROFILE_VISIBILITY;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.mingle.domain.shared.AccountId;

/** Profiles in PostgreSQL: one row per profile, interests and visibility in their own tables. */
@Singleton
class JdbcProfiles implements Profiles {

    private static final List<String> SHOWN_TO_ATTENDEES = List.of("PUBLIC", "ATTENDEES");

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
        UUID[] ids = accounts.stream().map(AccountId::value).distinct().toArray(UUID[]::new);
        return load(account -> account.eq(any(ids)));
    }

    /** The profiles of the active accounts the condition selects, in three queries whatever their number. */
    private List<Profile> load(Function<Field<UUID>, Condition> selected) {
        Map<UUID, List<Interest>> interests = new HashMap<>();
        sql.select(PROFILE_INTERESTS.ACCOUNT_ID, PROFILE_INTERESTS.DISPLAY, PROFILE_INTERESTS.TAG_KEY)
                .from(PROFILE_INTERESTS)
                .where(selected.apply(PROFILE_INTERESTS.ACCOUNT_ID))
                .orderBy(PROFILE_INTERESTS.ACCOUNT_ID, PROFILE_INTERESTS.POSITION)
                .forEach(r -> interests.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(Interest.stored(r.value2(), r.value3())));
        Map<UUID, Map<ProfileField, Visibility>> visibility = new HashMap<>();
        sql.select(PROFILE_VISIBILITY.ACCOUNT_ID, PROFILE_VISIBILITY.FIELD, PROFILE_VISIBILITY.VISIBILITY)
                .from(PROFILE_VISIBILITY).where(selected.apply(PROFILE_VISIBILITY.ACCOUNT_ID))
                .forEach(r -> visibility.computeIfAbsent(r.value1(), id -> new EnumMap<>(ProfileField.class))
                        .put(ProfileField.valueOf(r.value2()), Visibility.valueOf(r.value3())));
        return sql.select(ACCOUNT_DIRECTORY.ID, ACCOUNT_DIRECTORY.DISPLAY_NAME, PROFILES.HEADLINE, PROFILES.BIO, PROFILES.COMPANY,
                        PROFILES.INDUSTRY, PROFILES.SENIORITY, PROFILES.SEEKING, PROFILES.OFFERING, PROFILES.LINKS,
                        PROFILES.UPDATED_AT)
                .from(ACCOUNT_DIRECTORY).leftJoin(PROFILES).on(PROFILES.ACCOUNT_ID.eq(ACCOUNT_DIRECTORY.ID))
                .where(selected.apply(ACCOUNT_DIRECTORY.ID).and(ACCOUNT_DIRECTORY.ERASED_AT.isNull()))
                .fetch(r -> {
                    var id = r.value1();
                    if (r.value11() == null) {
                        return Profile.empty(new AccountId(id), r.value2());
                    }
                    return new Profile(new AccountId(id), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                            r.value7() == null ? null : Seniority.valueOf(r.value7()),
                            interests.getOrDefault(id, List.of()), goals(r.value8()), goals(r.value9()),
                            Arrays.asList(r.value10()), visibility.getOrDefault(id, Map.of()), r.value11());
                });
    }

    @Override
    public Map<AccountId, String> namesOf(Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = accounts.stream().map(AccountId::value).distinct().toArray(UUID[]::new);
        Map<AccountId, String> names = new HashMap<>();
        sql.select(ACCOUNT_DIRECTORY.ID, ACCOUNT_DIRECTORY.DISPLAY_NAME).from(ACCOUNT_DIRECTORY).where(ACCOUNT_DIRECTORY.ID.eq(any(ids)))
                .forEach(r -> names.put(new AccountId(r.value1()), r.value2()));
        return names;
    }

    @Override
    public void save(Profile profile) {
        UUID id = profile.accountId().value();
        String seniority = profile.seniority() == null ? null : profile.seniority().name();
        String[] seeking = names(profile.seeking());
        String[] offering = names(profile.offering());
        String[] links = profile.links().toArray(String[]::new);
        sql.insertInto(PROFILES)
                .set(PROFILES.ACCOUNT_ID, id)
                .set(PROFILES.HEADLINE, profile.headline())
                .set(PROFILES.BIO, profile.bio())
                .set(PROFILES.COMPANY, profile.company())
                .set(PROFILES.INDUSTRY, profile.industry())
                .set(PROFILES.SENIORITY, seniority)
                .set(PROFILES.SEEKING, seeking)
                .set(PROFILES.OFFERING, offering)
                .set(PROFILES.LINKS, links)
                .set(PROFILES.UPDATED_AT, profile.updatedAt())
                .onConflict(PROFILES.ACCOUNT_ID).doUpdate()
                .set(PROFILES.HEADLINE, profile.headline())
                .set(PROFILES.BIO, profile.bio())
                .set(PROFILES.COMPANY, profile.company())
                .set(PROFILES.INDUSTRY, profile.industry())
                .set(PROFILES.SENIORITY, seniority)
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
            visibility = visibility.values(id, entry.getKey().name(), entry.getValue().name());
        }
        visibility.execute();
    }

    @Override
    public void delete(AccountId account) {
        sql.deleteFrom(PROFILES).where(PROFILES.ACCOUNT_ID.eq(account.value())).execute();
    }

    @Override
    public List<String> interestsInUse(String fragmentKey, int limit) {
        Field<String> spelling = mode().withinGroupOrderBy(PROFILE_INTERESTS.DISPLAY);
        return sql.select(spelling)
                .from(PROFILE_INTERESTS)
                .join(PROFILE_VISIBILITY).on(PROFILE_VISIBILITY.ACCOUNT_ID.eq(PROFILE_INTERESTS.ACCOUNT_ID)
                        .and(PROFILE_VISIBILITY.FIELD.eq(inline("INTERESTS"))))
                .where(PROFILE_VISIBILITY.VISIBILITY.in(SHOWN_TO_ATTENDEES)
                        .and(PROFILE_INTERESTS.TAG_KEY.contains(fragmentKey)))
                .groupBy(PROFILE_INTERESTS.TAG_KEY)
                .orderBy(PROFILE_INTERESTS.TAG_KEY.startsWith(fragmentKey).desc(), count().desc(),
                        PROFILE_INTERESTS.TAG_KEY)
                .limit(limit)
                .fetch(r -> r.value1());
    }

    @Override
    public List<String> industriesInUse(String lowerCaseFragment, int limit) {
        Field<String> key = org.jooq.impl.DSL.lower(PROFILES.INDUSTRY);
        Field<String> spelling = mode().withinGroupOrderBy(PROFILES.INDUSTRY);
        return sql.select(spelling)
                .from(PROFILES)
                .join(PROFILE_VISIBILITY).on(PROFILE_VISIBILITY.ACCOUNT_ID.eq(PROFILES.ACCOUNT_ID)
                        .and(PROFILE_VISIBILITY.FIELD.eq(inline("INDUSTRY"))))
                .where(PROFILE_VISIBILITY.VISIBILITY.in(SHOWN_TO_ATTENDEES)
                        .and(PROFILES.INDUSTRY.ne(""))
                        .and(key.contains(lowerCaseFragment)))
                .groupBy(key)
                .orderBy(key.startsWith(lowerCaseFragment).desc(), count().desc(), key)
                .limit(limit)
                .fetch(r -> r.value1());
    }

    private static Set<Goal> goals(String[] names) {
        Set<Goal> goals = java.util.EnumSet.noneOf(Goal.class);
        for (String name : names) {
            goals.add(Goal.valueOf(name));
        }
        return goals;
    }

    private static String[] names(Set<Goal> goals) {
        return goals.stream().map(Goal::name).toArray(String[]::new);
    }
}
