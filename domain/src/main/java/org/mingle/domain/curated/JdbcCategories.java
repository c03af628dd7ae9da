package org.mingle.domain.curated;

import static org.mingle.db.jooq.Tables.ATTENDEE_CATEGORIES;
import static org.mingle.db.jooq.Tables.CATEGORY_ASSIGNMENTS;
import static org.mingle.db.jooq.Tables.CATEGORY_RULES;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** An event's categories, the rules between them and who is in which, in PostgreSQL. */
@Singleton
class JdbcCategories {

    private final DSLContext sql;

    JdbcCategories(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Makes a change of the event's categories wait for the assignments under way, and the assignments wait for it,
     * until the transaction ends: an assignment never names a category that is being taken away.
     */
    void lockForChange(EventId event) {
        sql.execute("select pg_advisory_xact_lock(hashtextextended('categories:' || {0}, 0))",
                DSL.val(event.toString()));
    }

    /** The lock for an assignment: assignments at one event run side by side, a change of categories waits. */
    void lockForAssignment(EventId event) {
        sql.execute("select pg_advisory_xact_lock_shared(hashtextextended('categories:' || {0}, 0))",
                DSL.val(event.toString()));
    }

    EventCategories of(EventId event) {
        List<Category> categories = sql.select(ATTENDEE_CATEGORIES.KEY, ATTENDEE_CATEGORIES.NAME)
                .from(ATTENDEE_CATEGORIES)
                .where(ATTENDEE_CATEGORIES.EVENT_ID.eq(event))
                .orderBy(ATTENDEE_CATEGORIES.POSITION)
                .fetch(row -> new Category(row.value1(), row.value2()));
        if (categories.isEmpty()) {
            return EventCategories.NONE;
        }
        Set<CategoryPair> rules = new HashSet<>(sql.select(CATEGORY_RULES.FIRST_KEY, CATEGORY_RULES.SECOND_KEY)
                .from(CATEGORY_RULES)
                .where(CATEGORY_RULES.EVENT_ID.eq(event))
                .fetch(row -> CategoryPair.of(row.value1(), row.value2())));
        return new EventCategories(categories, rules);
    }

    /**
     * Makes the event's categories and rules these: categories whose key stays keep their people, the others go with
     * their assignments.
     */
    void replace(EventId event, EventCategories wanted) {
        List<String> keys = wanted.categories().stream().map(Category::key).toList();
        sql.deleteFrom(CATEGORY_RULES).where(CATEGORY_RULES.EVENT_ID.eq(event)).execute();
        sql.deleteFrom(CATEGORY_ASSIGNMENTS)
                .where(CATEGORY_ASSIGNMENTS.EVENT_ID.eq(event).and(CATEGORY_ASSIGNMENTS.CATEGORY_KEY.notIn(keys)))
                .execute();
        sql.deleteFrom(ATTENDEE_CATEGORIES)
                .where(ATTENDEE_CATEGORIES.EVENT_ID.eq(event).and(ATTENDEE_CATEGORIES.KEY.notIn(keys)))
                .execute();
        short position = 0;
        for (Category category : wanted.categories()) {
            sql.insertInto(ATTENDEE_CATEGORIES)
                    .set(ATTENDEE_CATEGORIES.EVENT_ID, event)
                    .set(ATTENDEE_CATEGORIES.KEY, category.key())
                    .set(ATTENDEE_CATEGORIES.NAME, category.name())
                    .set(ATTENDEE_CATEGORIES.POSITION, position)
                    .onConflict(ATTENDEE_CATEGORIES.EVENT_ID, ATTENDEE_CATEGORIES.KEY)
                    .doUpdate()
                    .set(ATTENDEE_CATEGORIES.NAME, category.name())
                    .set(ATTENDEE_CATEGORIES.POSITION, position)
                    .execute();
            position++;
        }
        if (!wanted.rules().isEmpty()) {
            var insert = sql.insertInto(CATEGORY_RULES, CATEGORY_RULES.EVENT_ID, CATEGORY_RULES.FIRST_KEY,
                    CATEGORY_RULES.SECOND_KEY);
            for (CategoryPair rule : wanted.rules()) {
                insert = insert.values(event, rule.first(), rule.second());
            }
            insert.execute();
        }
    }

    void assign(EventId event, AccountId account, String key) {
        sql.insertInto(CATEGORY_ASSIGNMENTS)
                .set(CATEGORY_ASSIGNMENTS.EVENT_ID, event)
                .set(CATEGORY_ASSIGNMENTS.ACCOUNT_ID, account)
                .set(CATEGORY_ASSIGNMENTS.CATEGORY_KEY, key)
                .onConflict(CATEGORY_ASSIGNMENTS.EVENT_ID, CATEGORY_ASSIGNMENTS.ACCOUNT_ID)
                .doUpdate()
                .set(CATEGORY_ASSIGNMENTS.CATEGORY_KEY, key)
                .execute();
    }

    void unassign(EventId event, AccountId account) {
        sql.deleteFrom(CATEGORY_ASSIGNMENTS)
                .where(CATEGORY_ASSIGNMENTS.EVENT_ID.eq(event).and(CATEGORY_ASSIGNMENTS.ACCOUNT_ID.eq(account)))
                .execute();
    }

    Optional<String> categoryOf(EventId event, AccountId account) {
        return sql.select(CATEGORY_ASSIGNMENTS.CATEGORY_KEY)
                .from(CATEGORY_ASSIGNMENTS)
                .where(CATEGORY_ASSIGNMENTS.EVENT_ID.eq(event).and(CATEGORY_ASSIGNMENTS.ACCOUNT_ID.eq(account)))
                .fetchOptional(CATEGORY_ASSIGNMENTS.CATEGORY_KEY);
    }

    /** Everyone with a category at the event. */
    Map<AccountId, String> assignments(EventId event) {
        Map<AccountId, String> found = new HashMap<>();
        sql.select(CATEGORY_ASSIGNMENTS.ACCOUNT_ID, CATEGORY_ASSIGNMENTS.CATEGORY_KEY)
                .from(CATEGORY_ASSIGNMENTS)
                .where(CATEGORY_ASSIGNMENTS.EVENT_ID.eq(event))
                .forEach(row -> found.put(row.value1(), row.value2()));
        return found;
    }

    /** Those of the accounts with a category at the event. */
    Map<AccountId, String> assignments(EventId event, Collection<AccountId> accounts) {
        Map<AccountId, String> found = new HashMap<>();
        if (accounts.isEmpty()) {
            return found;
        }
        sql.select(CATEGORY_ASSIGNMENTS.ACCOUNT_ID, CATEGORY_ASSIGNMENTS.CATEGORY_KEY)
                .from(CATEGORY_ASSIGNMENTS)
                .where(CATEGORY_ASSIGNMENTS.EVENT_ID.eq(event).and(CATEGORY_ASSIGNMENTS.ACCOUNT_ID.in(accounts)))
                .forEach(row -> found.put(row.value1(), row.value2()));
        return found;
    }

    /** A person's categories at every event, with the event and the category's name. */
    List<Assigned> of(AccountId account) {
        return sql.select(CATEGORY_ASSIGNMENTS.EVENT_ID, ATTENDEE_CATEGORIES.KEY, ATTENDEE_CATEGORIES.NAME)
                .from(CATEGORY_ASSIGNMENTS)
                .join(ATTENDEE_CATEGORIES).on(ATTENDEE_CATEGORIES.EVENT_ID.eq(CATEGORY_ASSIGNMENTS.EVENT_ID)
                        .and(ATTENDEE_CATEGORIES.KEY.eq(CATEGORY_ASSIGNMENTS.CATEGORY_KEY)))
                .where(CATEGORY_ASSIGNMENTS.ACCOUNT_ID.eq(account))
                .orderBy(CATEGORY_ASSIGNMENTS.EVENT_ID)
                .fetch(row -> new Assigned(row.value1(), new Category(row.value2(), row.value3())));
    }

    void eraseAssignmentsOf(AccountId account) {
        sql.deleteFrom(CATEGORY_ASSIGNMENTS).where(CATEGORY_ASSIGNMENTS.ACCOUNT_ID.eq(account)).execute();
    }

    /** A person's category at one event. */
    record Assigned(EventId event, Category category) {
    }
}
