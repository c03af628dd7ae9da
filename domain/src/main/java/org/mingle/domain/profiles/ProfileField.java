package org.mingle.domain.profiles;

import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a networking profile that carry their own visibility. The display name has none: it is the account's
 * name, shown wherever the person appears at all.
 */
public enum ProfileField {
    HEADLINE(Visibility.ATTENDEES),
    BIO(Visibility.ATTENDEES),
    COMPANY(Visibility.ATTENDEES),
    INDUSTRY(Visibility.ATTENDEES),
    SENIORITY(Visibility.ATTENDEES),
    INTERESTS(Visibility.ATTENDEES),
    SEEKING(Visibility.ATTENDEES),
    OFFERING(Visibility.ATTENDEES),
    LINKS(Visibility.CONNECTIONS),
    PHOTO(Visibility.ATTENDEES);

    private final Visibility defaultVisibility;

    ProfileField(Visibility defaultVisibility) {
        this.defaultVisibility = defaultVisibility;
    }

    /**
     * What a field shows until its owner chooses: fellow attendees see what networking needs (a face included),
     * contact links wait for a connection.
     */
    public Visibility defaultVisibility() {
        return defaultVisibility;
    }

    /** The field's name in JSON and forms: {@code headline}, {@code interests}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field named {@code key} ({@code headline} or {@code HEADLINE}). */
    public static Optional<ProfileField> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (ProfileField field : values()) {
            if (field.name().equalsIgnoreCase(key.strip())) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
