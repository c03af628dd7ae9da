package org.mingle.domain.meetings;

/** Whether a booked meeting took place (decision 51). */
public enum HeldState {
    /** Not known yet: neither a scan in its slot nor both people's "we met", nor a "they did not show". */
    SCHEDULED,
    /** Both people answered "we met", or one scanned the other's connect code while the slot ran. */
    HELD,
    /** One of the two answered that the other did not show; the rest of the slot is theirs again. */
    NO_SHOW
}
