package org.mingle.domain.notifications;

/** Whom an organizer's message reaches among an event's registrants. */
public enum Audience {
    /** Confirmed attendees. */
    CONFIRMED,
    /** People on the waitlist. */
    WAITLISTED,
    /** Everyone whose registration is active: confirmed, waitlisted or waiting for approval. */
    ALL,
    /** The active registrations an organizer picked on the dashboard ({@link OrganizerMessages#sendToSelected}). */
    SELECTED
}
