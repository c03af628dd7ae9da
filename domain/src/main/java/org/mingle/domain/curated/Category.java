package org.mingle.domain.curated;

import java.util.Objects;

/**
 * An attendee category an event's organizers define, such as founders or investors: a key that stays the same (the
 * API and the rules use it) and a name people see.
 */
public record Category(String key, String name) {

    /** Missing parts are empty, for {@link EventCategories#check} to name. */
    public Category {
        key = Objects.requireNonNullElse(key, "");
        name = Objects.requireNonNullElse(name, "");
    }
}
