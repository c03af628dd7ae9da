package org.mingle.domain.demo;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.mingle.domain.curated.Category;
import org.mingle.domain.curated.CategoryService;
import org.mingle.domain.curated.EventCategories.Rule;
import org.mingle.domain.events.EventId;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;

/**
 * The first demo event's attendee categories (decision 54): founders, investors and mentors, where investors do not
 * meet investors. The demo attendee is a founder; the other demo people without a category may meet anyone.
 */
@Singleton
class DemoCategories {

    private static final List<Category> CATEGORIES = List.of(new Category("founder", "Founders"),
            new Category("investor", "Investors"), new Category("mentor", "Mentors"));
    private static final List<Rule> RULES = List.of(new Rule("founder", "founder"), new Rule("founder", "investor"),
            new Rule("founder", "mentor"), new Rule("investor", "mentor"), new Rule("mentor", "mentor"));
    /** Demo people by their place in {@link DemoPeople#ALL}: Alex, Ana and Jonas found; Ben and Hugo invest. */
    private static final Map<Integer, String> PEOPLE = Map.of(0, "founder", 1, "founder", 10, "founder",
            2, "investor", 8, "investor", 13, "mentor");

    private final CategoryService categories;
    private final RegistrationService registrations;

    DemoCategories(CategoryService categories, RegistrationService registrations) {
        this.categories = categories;
        this.registrations = registrations;
    }

    void seed(AccountId organizer, EventId event, List<AccountId> attendees) {
        categories.replace(organizer, event, CATEGORIES, RULES);
        PEOPLE.forEach((index, key) -> {
            var person = attendees.get(index);
            var registration = registrations.mineAt(person, event).orElseThrow();
            categories.assign(organizer, event, registration.id(), key);
        });
    }
}
