package org.mingle.domain.curated;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/**
 * A person's category at each event where the organizers gave them one, next to their registrations in the export.
 * Erasure takes the person out of every category.
 */
@Singleton
class CategoriesPersonalData implements PersonalDataSection {

    private final JdbcCategories categories;

    CategoriesPersonalData(JdbcCategories categories) {
        this.categories = categories;
    }

    @Override
    public String name() {
        return "registrationCategories";
    }

    /** Right after the registrations (20). */
    @Override
    public int order() {
        return 21;
    }

    @Override
    public Object export(AccountId account) {
        return categories.of(account).stream().map(assigned -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("eventId", assigned.event().toString());
            item.put("category", assigned.category().key());
            item.put("name", assigned.category().name());
            return item;
        }).toList();
    }

    @Override
    public void erase(AccountId account) {
        categories.eraseAssignmentsOf(account);
    }
}
