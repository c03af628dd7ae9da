package org.mingle.domain.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of change a webhook can be told about; receivers see the {@link #wireName()}. */
public enum WebhookType {
    /** Someone registered: into a seat, onto the waitlist or to wait for approval. */
    REGISTRATION_CREATED("registration.created"),
    /** Someone moved up from the waitlist into a seat. */
    REGISTRATION_PROMOTED("registration.promoted"),
    /** An active registration was cancelled. */
    REGISTRATION_CANCELLED("registration.cancelled"),
    /** A confirmed attendee was checked in at the door. */
    CHECKIN_CREATED("checkin.created"),
    /** Two attendees recorded a connection for the first time. */
    CONNECTION_CREATED("connection.created"),
    /** A meeting request was accepted. */
    MEETING_ACCEPTED("meeting.accepted"),
    /** The event's details or status changed. */
    EVENT_UPDATED("event.updated");

    private final String wireName;

    WebhookType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
