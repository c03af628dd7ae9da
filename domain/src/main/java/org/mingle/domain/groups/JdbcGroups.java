package org.mingle.domain.groups;

import static org.mingle.db.jooq.Tables.GROUPS;
import static org.mingle.db.jooq.Tables.GROUP_MEMBERS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/** Groups and memberships in PostgreSQL, through jOOQ; search through the table's generated tsvector. */
@Singleton
class JdbcGroups implements Groups {

    private static final Field<Integer> MEMBER_COUNT = DSL.field(DSL.selectCount().from(GROUP_MEMBERS)
            .where(GROUP_MEMBERS.GROUP_ID.eq(GROUPS.ID).and(GROUP_MEMBERS.STATUS.eq(MembershipStatus.MEMBER))))
            .as("member_count");


    private final DSLContext sql;

    JdbcGroups(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void insert(GroupId id, GroupDetails d) {
        try {
            sql.insertInto(GROUPS).set(GROUPS.ID, id).set(GROUPS.SLUG, d.slug()).set(GROUPS.NAME, d.name())
                    .set(GROUPS.DESCRIPTION, d.description()).set(GROUPS.TOPICS, d.topics().toArray(String[]::new))
                    .set(GROUPS.CITY, d.city()).set(GROUPS.ONLINE, d.online()).set(GROUPS.JOIN_POLICY, d.joinPolicy())
                    .set(GROUPS.VISIBILITY, d.visibility())
                    .execute();
        } catch (IntegrityConstraintViolationException taken) {
            throw new SlugTakenException(d.slug());
        }
    }

    @Override
    public void update(GroupId id, GroupDetails d) {
        sql.update(GROUPS).set(GROUPS.NAME, d.name()).set(GROUPS.DESCRIPTION, d.description())
                .set(GROUPS.TOPICS, d.topics().toArray(String[]::new)).set(GROUPS.CITY, d.city())
                .set(GROUPS.ONLINE, d.online()).set(GROUPS.JOIN_POLICY, d.joinPolicy())
                .set(GROUPS.VISIBILITY, d.visibility()).set(GROUPS.VERSION, GROUPS.VERSION.plus(1))
                .where(GROUPS.ID.eq(id))
                .execute();
    }

    @Override
    public Optional<Group> find(GroupId id) {
        return sql.select(GROUPS.fields()).select(MEMBER_COUNT).from(GROUPS).where(GROUPS.ID.eq(id))
                .fetchOptional(JdbcGroups::toGroup);
    }

    @Override
    public Optional<Group> findBySlug(String slug) {
        return sql.select(GROUPS.fields()).select(MEMBER_COUNT).from(GROUPS).where(GROUPS.SLUG.eq(slug))
                .fetchOptional(JdbcGroups::toGroup);
    }

    @Override
    public Page<Group> search(String words, String topic, String city, PageRequest page) {
        // An unlisted group still opens by link; only the directory and search leave it out.
        Condition condition = GROUPS.VISIBILITY.eq(GroupVisibility.PUBLIC).and(GROUPS.UNLISTED_AT.isNull());
        SortField<?> order = GROUPS.CREATED_AT.desc();
        if (words != null && !words.isBlank()) {
            var query = DSL.field("mingle_search_query({0})", Object.class, DSL.val(words));
            condition = condition.and(DSL.condition("{0} @@ {1}", GROUPS.SEARCH_DOCUMENT, query));
            order = DSL.field("ts_rank({0}, {1})", Double.class, GROUPS.SEARCH_DOCUMENT, query).desc();
        }
        if (topic != null && !topic.isBlank()) {
            condition = condition.and(DSL.condition(
                    "exists (select 1 from unnest({0}) t where lower(mingle_unaccent(t)) = lower(mingle_unaccent({1})))",
                    GROUPS.TOPICS, DSL.val(topic.strip())));
        }
        if (city != null && !city.isBlank()) {
            condition = condition.and("online".equalsIgnoreCase(city.strip()) ? GROUPS.ONLINE.isTrue()
                    : DSL.condition("lower(mingle_unaccent({0})) = lower(mingle_unaccent({1}))", GROUPS.CITY,
                            DSL.val(city.strip())));
        }
        var total = sql.fetchCount(GROUPS, condition);
        var items = sql.select(GROUPS.fields()).select(MEMBER_COUNT).from(GROUPS).where(condition)
                .orderBy(order, GROUPS.ID).limit(page.size()).offset(page.offset())
                .fetch(JdbcGroups::toGroup);
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public boolean setUnlistedAt(GroupId id, Instant unlistedAt) {
        return sql.update(GROUPS).set(GROUPS.UNLISTED_AT, unlistedAt).where(GROUPS.ID.eq(id)).execute() == 1;
    }

    @Override
    public Optional<Instant> unlistedAt(GroupId id) {
        return sql.select(GROUPS.UNLISTED_AT).from(GROUPS).where(GROUPS.ID.eq(id)).fetchOptional(GROUPS.UNLISTED_AT);
    }

    @Override
    public Map<GroupId, String> names(Collection<GroupId> ids) {
        return sql.select(GROUPS.ID, GROUPS.NAME).from(GROUPS).where(GROUPS.ID.in(ids.stream().distinct().toList()))
                .fetchMap(GROUPS.ID, GROUPS.NAME);
    }

    @Override
    public boolean lock(GroupId id) {
        return sql.select(GROUPS.ID).from(GROUPS).where(GROUPS.ID.eq(id)).forUpdate().fetchOptional().isPresent();
    }

    @Override
    public Optional<Membership> membership(GroupId group, AccountId account) {
        return sql.selectFrom(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.GROUP_ID.eq(group).and(GROUP_MEMBERS.ACCOUNT_ID.eq(account)))
                .fetchOptional(r -> new Membership(r.getGroupId(), r.getAccountId(), r.getRole(), r.getStatus(),
                        r.getJoinedAt()));
    }

    @Override
    public void put(Membership m) {
        sql.insertInto(GROUP_MEMBERS).set(GROUP_MEMBERS.GROUP_ID, m.group()).set(GROUP_MEMBERS.ACCOUNT_ID, m.account())
                .set(GROUP_MEMBERS.ROLE, m.role()).set(GROUP_MEMBERS.STATUS, m.status())
                .set(GROUP_MEMBERS.JOINED_AT, m.since())
                .onConflict(GROUP_MEMBERS.GROUP_ID, GROUP_MEMBERS.ACCOUNT_ID).doUpdate()
                .set(GROUP_MEMBERS.ROLE, m.role()).set(GROUP_MEMBERS.STATUS, m.status())
                .set(GROUP_MEMBERS.JOINED_AT, m.since())
                .execute();
    }

    @Override
    public boolean remove(GroupId group, AccountId account) {
        return sql.deleteFrom(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.GROUP_ID.eq(group).and(GROUP_MEMBERS.ACCOUNT_ID.eq(account)))
                .execute() > 0;
    }

    @Override
    public int owners(GroupId group) {
        return sql.fetchCount(GROUP_MEMBERS, GROUP_MEMBERS.GROUP_ID.eq(group)
                .and(GROUP_MEMBERS.ROLE.eq(GroupRole.OWNER)).and(GROUP_MEMBERS.STATUS.eq(MembershipStatus.MEMBER)));
    }

    @Override
    public Page<Membership> members(GroupId group, MembershipStatus status, PageRequest page) {
        var condition = GROUP_MEMBERS.GROUP_ID.eq(group).and(GROUP_MEMBERS.STATUS.eq(status));
        var total = sql.fetchCount(GROUP_MEMBERS, condition);
        var items = sql.selectFrom(GROUP_MEMBERS).where(condition)
                .orderBy(GROUP_MEMBERS.ROLE_RANK, GROUP_MEMBERS.JOINED_AT, GROUP_MEMBERS.ACCOUNT_ID)
                .limit(page.size()).offset(page.offset())
                .fetch(r -> new Membership(r.getGroupId(), r.getAccountId(), r.getRole(), r.getStatus(),
                        r.getJoinedAt()));
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public List<Membership> organizers(GroupId group) {
        // role_rank (owners 0, organizers 1, members 2) is stored and indexed with the group and status (V32).
        return sql.selectFrom(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.GROUP_ID.eq(group).and(GROUP_MEMBERS.STATUS.eq(MembershipStatus.MEMBER))
                        .and(GROUP_MEMBERS.ROLE_RANK.lt((short) 2)))
                .orderBy(GROUP_MEMBERS.ROLE_RANK, GROUP_MEMBERS.JOINED_AT, GROUP_MEMBERS.ACCOUNT_ID)
                .fetch(r -> new Membership(r.getGroupId(), r.getAccountId(), r.getRole(), r.getStatus(),
                        r.getJoinedAt()));
    }

    @Override
    public List<AccountId> belonging(GroupId group) {
        return sql.select(GROUP_MEMBERS.ACCOUNT_ID).from(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.GROUP_ID.eq(group).and(GROUP_MEMBERS.STATUS.eq(MembershipStatus.MEMBER)))
                .orderBy(GROUP_MEMBERS.JOINED_AT, GROUP_MEMBERS.ACCOUNT_ID)
                .fetch(GROUP_MEMBERS.ACCOUNT_ID);
    }

    @Override
    public List<MyGroup> of(AccountId account) {
        return sql.select(GROUPS.fields()).select(MEMBER_COUNT)
                .select(GROUP_MEMBERS.ROLE, GROUP_MEMBERS.STATUS, GROUP_MEMBERS.JOINED_AT)
                .from(GROUP_MEMBERS).join(GROUPS).on(GROUPS.ID.eq(GROUP_MEMBERS.GROUP_ID))
                .where(GROUP_MEMBERS.ACCOUNT_ID.eq(account))
                .orderBy(DSL.lower(GROUPS.NAME), GROUPS.ID)
                .fetch(r -> new MyGroup(toGroup(r), new Membership(r.get(GROUPS.ID), account,
                        r.get(GROUP_MEMBERS.ROLE), r.get(GROUP_MEMBERS.STATUS), r.get(GROUP_MEMBERS.JOINED_AT))));
    }

    @Override
    public int ownedBy(AccountId account) {
        return sql.fetchCount(GROUP_MEMBERS, GROUP_MEMBERS.ACCOUNT_ID.eq(account)
                .and(GROUP_MEMBERS.ROLE.eq(GroupRole.OWNER)));
    }

    @Override
    public Set<GroupId> organizedBy(AccountId account) {
        return new HashSet<>(sql.select(GROUP_MEMBERS.GROUP_ID).from(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.ACCOUNT_ID.eq(account).and(GROUP_MEMBERS.STATUS.eq(MembershipStatus.MEMBER))
                        .and(GROUP_MEMBERS.ROLE.in(GroupRole.OWNER, GroupRole.ORGANIZER)))
                .fetch(GROUP_MEMBERS.GROUP_ID));
    }

    @Override
    public void removeEverywhere(AccountId account) {
        var owned = sql.select(GROUP_MEMBERS.GROUP_ID).from(GROUP_MEMBERS)
                .where(GROUP_MEMBERS.ACCOUNT_ID.eq(account).and(GROUP_MEMBERS.ROLE.eq(GroupRole.OWNER)))
                .fetch(GROUP_MEMBERS.GROUP_ID);
        sql.deleteFrom(GROUP_MEMBERS).where(GROUP_MEMBERS.ACCOUNT_ID.eq(account)).execute();
        for (var group : owned) {
            lock(group);
            if (owners(group) == 0) {
                // The longest-standing organizer, else member, carries the group on.
                sql.select(GROUP_MEMBERS.ACCOUNT_ID).from(GROUP_MEMBERS)
                        .where(GROUP_MEMBERS.GROUP_ID.eq(group).and(GROUP_MEMBERS.STATUS.eq(MembershipStatus.MEMBER)))
                        .orderBy(GROUP_MEMBERS.ROLE_RANK, GROUP_MEMBERS.JOINED_AT, GROUP_MEMBERS.ACCOUNT_ID).limit(1)
                        .fetchOptional(GROUP_MEMBERS.ACCOUNT_ID)
                        .ifPresent(heir -> sql.update(GROUP_MEMBERS).set(GROUP_MEMBERS.ROLE, GroupRole.OWNER)
                                .where(GROUP_MEMBERS.GROUP_ID.eq(group).and(GROUP_MEMBERS.ACCOUNT_ID.eq(heir)))
                                .execute());
            }
        }
    }

    private static Group toGroup(Record r) {
        return new Group(r.get(GROUPS.ID), r.get(GROUPS.SLUG), r.get(GROUPS.NAME), r.get(GROUPS.DESCRIPTION),
                List.of(r.get(GROUPS.TOPICS)), r.get(GROUPS.CITY), r.get(GROUPS.ONLINE), r.get(GROUPS.JOIN_POLICY),
                r.get(GROUPS.VISIBILITY), r.get(MEMBER_COUNT), r.get(GROUPS.CREATED_AT));
    }
}
