package org.mingle.domain.matching;

/** Who may see one field of a profile. */
public enum Visibility {
    /** Everybody, signed in or not. */
    PUBLIC,
    /** People registered for an event with the owner. */
    ATTENDEES,
    /** People the owner is connected with. */
    CONNECTIONS,
    /** Only the owner; never used for matching. */
    PRIVATE;

    /**
     * Whether matching may use a field with this visibility. The viewer of a recommendation is always a fellow attendee
     * and never a connection (connected people are not recommended to each other), so only PUBLIC and ATTENDEES fields
     * are visible to every possible viewer; using any other field could reveal it through a reason or through the
     * ranking itself.
     */
    public boolean usableForMatching() {
        return this == PUBLIC || this == ATTENDEES;
    }
}
