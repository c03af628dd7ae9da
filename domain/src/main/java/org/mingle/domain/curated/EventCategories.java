package org.mingle.domain.curated;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/**
 * An event's attendee categories, in the organizers' order, and the pairs of categories whose people may meet
 * (decision 54). An event without categories lets everyone meet everyone. With categories, two people may meet when
 * a rule pairs their categories; someone without a category may meet anyone, so an organizer can bring in categories
 * while people are still being sorted, and a late registrant is never cut off.
 */
public record EventCategories(List<Category> categories, Set<CategoryPair> rules) {

    /** The most categories an event has: a matrix of rules an organizer can still read on a phone. */
    public static final int CATEGORIES_MAX = 20;
    public static final int KEY_MAX = 30;
    public static final int NAME_MAX = 60;
    /** The most rules a request may list: every pair of twenty categories, each with itself included. */
    public static final int RULES_MAX = CATEGORIES_MAX * (CATEGORIES_MAX + 1) / 2;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (KEY_MAX - 1) + "}");

    public static final EventCategories NONE = new EventCategories(List.of(), Set.of());

    public EventCategories {
        categories = List.copyOf(categories);
        rules = Set.copyOf(rules);
    }

    /** A rule as an organizer sends it: people of {@code from} may meet people of {@code to}, and so the other way. */
    public record Rule(String from, String to) {

        public Rule {
            from = from == null ? "" : from;
            to = to == null ? "" : to;
        }
    }

    /**
     * The categories and rules as an organizer sent them, checked: names trimmed, each rule once. An empty list of
     * categories (with no rules) takes the event's categories away.
     *
     * @throws InvalidInputException naming every refused field, such as {@code categories[1].key} or {@code rules[0].to}
     */
    public static EventCategories check(List<Category> categories, List<Rule> rules) {
        List<FieldError> errors = new ArrayList<>();
        if (categories.size() > CATEGORIES_MAX) {
            errors.add(new FieldError("categories", "must list at most " + CATEGORIES_MAX + " categories"));
        }
        if (rules.size() > RULES_MAX) {
            errors.add(new FieldError("rules", "must list at most " + RULES_MAX + " rules"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Category> checked = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            String field = "categories[" + i + "]";
            String key = category.key();
            String name = category.name().strip();
            if (!KEY.matcher(key).matches()) {
                errors.add(new FieldError(field + ".key", "must be 1 to " + KEY_MAX
                        + " lower-case letters, digits or hyphens, starting with a letter or digit"));
            } else if (!keys.add(key)) {
                errors.add(new FieldError(field + ".key", "is used by another category"));
            }
            if (name.isEmpty()) {
                errors.add(new FieldError(field + ".name", "must not be empty"));
            } else if (TextRules.check(field + ".name", name, NAME_MAX, Lines.SINGLE, errors)
                    && !names.add(name.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(field + ".name", "is the name of another category"));
            }
            checked.add(new Category(key, name));
        }
        Set<CategoryPair> pairs = new LinkedHashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            boolean fromKnown = keys.contains(rule.from());
            boolean toKnown = keys.contains(rule.to());
            if (!fromKnown) {
                errors.add(new FieldError("rules[" + i + "].from", "is not one of the categories"));
            }
            if (!toKnown) {
                errors.add(new FieldError("rules[" + i + "].to", "is not one of the categories"));
            }
            if (fromKnown && toKnown) {
                pairs.add(CategoryPair.of(rule.from(), rule.to()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new EventCategories(checked, pairs);
    }

    /** Whether the event has categories at all. */
    public boolean any() {
        return !categories.isEmpty();
    }

    public Optional<Category> category(String key) {
        return key == null ? Optional.empty() : categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * Whether people of the two categories may meet; a null category is a person without one, who may meet anyone,
     * as may everyone at an event without categories.
     */
    public boolean mayMeet(String category, String otherCategory) {
        if (!any() || category == null || otherCategory == null) {
            return true;
        }
        return rules.contains(CategoryPair.of(category, otherCategory));
    }

    /** The categories whose people those of {@code key} may meet, in the organizers' order. */
    public List<Category> partnersOf(String key) {
        return categories.stream().filter(other -> rules.contains(CategoryPair.of(key, other.key()))).toList();
    }

    /** The rule for people with these categories (accounts missing from the map have none). */
    public MeetingRule meetingRule(Map<AccountId, String> categoryOf) {
        if (!any()) {
            return MeetingRule.ANYONE;
        }
        Map<AccountId, String> assigned = Map.copyOf(categoryOf);
        return (a, b) -> mayMeet(assigned.get(a), assigned.get(b));
    }

    /**
     * Why someone of {@code key} may not meet someone of another category here, naming only the asker's category and
     * whom it may meet, never the other person's category.
     */
    public String refusal(String key) {
        String mine = category(key).map(Category::name).orElse(key);
        List<String> partners = partnersOf(key).stream().map(Category::name).toList();
        if (partners.isEmpty()) {
            return "At this event the organizers arrange no meetings for " + mine + ".";
        }
        return "At this event the organizers arrange meetings for " + mine + " with " + listed(partners)
                + " only.";
    }

    private static String listed(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
