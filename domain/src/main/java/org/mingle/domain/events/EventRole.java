package org.mingle.domain.events;

/** What a person may do at one event. Anyone else signed in is a potential attendee. */
public enum EventRole {
    /** Created the event: everything, including the team. */
    OWNER,
    /** Runs the event with the owner: everything but the team. */
    CO_ORGANIZER,
    /** Checks attendees in at the door. */
    CHECKIN_STAFF
}
