package org.mingle.domain.events;

/** What a person may do at one event. Anyone else signed in is a potential attendee. */
public enum EventRole {
    /** Created the event: everything, including the team. */
    OWNER("owner"),
    /** Runs the event with the owner: everything but the team. */
    CO_ORGANIZER("co-organizer"),
    /** Checks attendees in at the door. */
    CHECKIN_STAFF("check-in staff");

    private final String words;

    EventRole(String words) {
        this.words = words;
    }

    /** The role in running text, as mail and notices name it: "as co-organizer". */
    public String inWords() {
        return words;
    }
}
