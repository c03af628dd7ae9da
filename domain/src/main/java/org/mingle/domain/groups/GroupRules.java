package org.mingle.domain.groups;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/**
 * Validation of what people type for a group. All fields are checked at once so a form can show every problem next to
 * its field in one round trip. The limits match the table's checks (V26), so the database never refuses what passed.
 */
public final class GroupRules {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 5_000;
    public static final int TOPICS_MAX = 10;
    public static final int TOPIC_MAX = 40;
    public static final int CITY_MAX = 100;
    public static final int SLUG_MAX = 60;
    /** How many groups one person may own: enough for any organizer, too few to flood search. */
    public static final int OWNED_MAX = 100;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,58}[a-z0-9])?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private GroupRules() {
    }

    /**
     * Validates a new group; a missing slug is derived from the name, a missing join policy is OPEN and a missing
     * visibility PUBLIC.
     *
     * @throws InvalidInputException naming every refused field
     */
    public static GroupDetails validateNew(GroupInput input) {
        var errors = new ArrayList<FieldError>();
        String name = name(input.name(), errors);
        String slug = input.slug() == null || input.slug().isBlank()
                ? (name == null ? null : slugOf(name))
                : slug(input.slug(), errors);
        var details = rest(name, slug, input, errors, JoinPolicy.OPEN, GroupVisibility.PUBLIC);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return details;
    }

    /**
     * Validates a change: missing fields keep their values. The slug stays: links to the group's page must not break.
     *
     * @throws InvalidInputException naming every refused field
     */
    public static GroupDetails validateChange(Group current, GroupInput change) {
        var errors = new ArrayList<FieldError>();
        if (change.slug() != null && !change.slug().equals(current.slug())) {
            errors.add(new FieldError("slug", "cannot change: links to the group would break"));
        }
        String name = change.name() == null ? current.name() : name(change.name(), errors);
        var merged = new GroupInput(name, current.slug(),
                change.description() == null ? current.description() : change.description(),
                change.topics() == null ? current.topics() : change.topics(),
                change.city() == null ? current.city() : change.city(),
                change.online() == null ? current.online() : change.online(),
                change.joinPolicy() == null ? current.joinPolicy().name() : change.joinPolicy(),
                change.visibility() == null ? current.visibility().name() : change.visibility());
        var details = rest(name, current.slug(), merged, errors, current.joinPolicy(), current.visibility());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return details;
    }

    /**
     * A slug from a name: lower case, accents dropped, every other run of characters a single dash, at most
     * {@value #SLUG_MAX} characters. "Zürich Café Founders" becomes {@code zurich-cafe-founders}.
     */
    public static String slugOf(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT);
        String slug = NOT_SLUG.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_MAX) {
            slug = slug.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "group" : slug;
    }

    public static boolean isSlug(String text) {
        return text != null && SLUG.matcher(text).matches();
    }

    private static String name(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
            return null;
        }
        return TextRules.check("name", name.strip(), NAME_MAX, Lines.SINGLE, errors) ? name.strip() : null;
    }

    private static String slug(String slug, List<FieldError> errors) {
        if (!isSlug(slug)) {
            errors.add(new FieldError("slug", "must be 1 to " + SLUG_MAX
                    + " of a-z, 0-9 and '-', starting and ending with a letter or digit"));
            return null;
        }
        return slug;
    }

    private static GroupDetails rest(String name, String slug, GroupInput input, List<FieldError> errors,
                                     JoinPolicy defaultPolicy, GroupVisibility defaultVisibility) {
        String description = input.description() == null ? "" : input.description().strip();
        TextRules.check("description", description, DESCRIPTION_MAX, Lines.MULTIPLE, errors);
        String city = input.city() == null ? "" : input.city().strip();
        TextRules.check("city", city, CITY_MAX, Lines.SINGLE, errors);
        var topics = topics(input.topics(), errors);
        var policy = parse("joinPolicy", input.joinPolicy(), JoinPolicy.class, defaultPolicy, errors);
        var visibility = parse("visibility", input.visibility(), GroupVisibility.class, defaultVisibility, errors);
        // A group without a city meets online; one with a city may meet online too.
        boolean online = city.isEmpty() || Boolean.TRUE.equals(input.online());
        return errors.isEmpty()
                ? new GroupDetails(name, slug, description, topics, city, online, policy, visibility) : null;
    }

    /** Topics as people wrote them, trimmed, each once whatever its case. */
    private static List<String> topics(List<String> topics, List<FieldError> errors) {
        if (topics == null) {
            return List.of();
        }
        var distinct = new LinkedHashMap<String, String>();
        for (var topic : topics) {
            if (topic == null || topic.isBlank()) {
                errors.add(new FieldError("topics", "must not contain blank topics"));
                return List.of();
            }
            if (!TextRules.check("topics", topic.strip(), TOPIC_MAX, Lines.SINGLE, errors)) {
                return List.of();
            }
            distinct.putIfAbsent(topic.strip().toLowerCase(Locale.ROOT), topic.strip());
        }
        if (distinct.size() > TOPICS_MAX) {
            errors.add(new FieldError("topics", "must be at most " + TOPICS_MAX + " topics"));
        }
        return List.copyOf(distinct.values());
    }

    private static <E extends Enum<E>> E parse(String field, String text, Class<E> type, E fallback,
                                               List<FieldError> errors) {
        if (text == null) {
            return fallback;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        var names = new ArrayList<String>();
        for (E value : type.getEnumConstants()) {
            names.add(value.name());
        }
        errors.add(new FieldError(field, "must be one of " + String.join(", ", names)));
        return fallback;
    }
}
