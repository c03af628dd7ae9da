package org.mingle.domain.curated;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.events.EventId;
import org.mingle.domain.matching.AttendeeCategories;
import org.mingle.domain.meetings.WhoMeetsWhom;
import org.mingle.domain.shared.AccountId;

/** The categories and their rules as the matching and meetings features ask for them. */
@Singleton
class CategoryPorts implements AttendeeCategories, WhoMeetsWhom {

    private final JdbcCategories categories;

    CategoryPorts(JdbcCategories categories) {
        this.categories = categories;
    }

    @Override
    @ReadOnly
    public Rule rule(EventId event) {
        EventCategories defined = categories.of(event);
        return defined.any() ? defined::mayMeet : Rule.ANYONE;
    }

    @Override
    @ReadOnly
    public Map<AccountId, String> categoriesOf(EventId event, Collection<AccountId> accounts) {
        return categories.assignments(event, accounts);
    }

    @Override
    @ReadOnly
    public Optional<String> refusal(EventId event, AccountId asking, AccountId other) {
        EventCategories defined = categories.of(event);
        if (!defined.any()) {
            return Optional.empty();
        }
        Map<AccountId, String> categoryOf = categories.assignments(event, List.of(asking, other));
        String mine = categoryOf.get(asking);
        return defined.mayMeet(mine, categoryOf.get(other)) ? Optional.empty()
                : Optional.of(defined.refusal(mine));
    }
}
