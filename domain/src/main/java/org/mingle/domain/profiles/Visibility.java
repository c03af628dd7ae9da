package org.mingle.domain.profiles;

/**
 * Who may see one field of a profile. Each level includes the ones after it: a connection also sees what attendees
 * see (a connection was made at an event both attended), and the owner sees everything.
 */
public enum Visibility {
    /**
     * Every signed-in person, and anyone on the internet once the owner turns their public page on (decision 45).
     */
    PUBLIC,
    /** People taking part in an event with the owner (registered, or on its team). */
    ATTENDEES,
    /** People the owner is connected with. */
    CONNECTIONS,
    /** Only the owner; never used for matching. */
    PRIVATE;

    /** Whether a viewer standing in this relationship to the owner sees a field with this visibility. */
    public boolean visibleTo(Relationship relationship) {
        return switch (relationship) {
            case SELF -> true;
            case CONNECTION -> this != PRIVATE;
            case FELLOW_ATTENDEE -> this == PUBLIC || this == ATTENDEES;
            case NONE -> this == PUBLIC;
        };
    }

    /**
     * Whether matching may use a field with this visibility. The viewer of a recommendation is always a fellow
     * attendee and never a connection at that event (connected people are not recommended to each other), so only
     * PUBLIC and ATTENDEES fields are visible to every possible viewer; using any other field could reveal it through
     * a reason or through the ranking itself.
     */
    public boolean usableForMatching() {
        return visibleTo(Relationship.FELLOW_ATTENDEE);
    }

    public static Visibility parse(String text) {
        if (text != null) {
            for (Visibility visibility : values()) {
                if (visibility.name().equalsIgnoreCase(text.strip())) {
                    return visibility;
                }
            }
        }
        return null;
    }
}
