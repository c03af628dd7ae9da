package org.mingle.domain.connections;

/** Where the owner of a connection stands in following it up. */
public enum FollowUp {
    NONE, TO_CONTACT, CONTACTED, MEETING_BOOKED, DONE
}
