package org.mingle.domain.profiles;

/** How a viewer stands to the owner of a profile; decides which fields the viewer sees. */
public enum Relationship {
    /** The owner. */
    SELF,
    /** Connected with the owner: a mutual match at some event, or a connection both keep in their network. */
    CONNECTION,
    /** Taking part (registered or on the team) in an event the owner also takes part in. */
    FELLOW_ATTENDEE,
    /** None of the above. */
    NONE
}
