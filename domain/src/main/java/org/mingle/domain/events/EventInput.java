package org.mingle.domain.events;

import java.time.Instant;

/**
 * What an organizer typed to create an event, before validation: any field may be missing or wrong.
 * {@link EventRules#validate} turns it into {@link EventDetails} or names every refused field.
 */
public record EventInput(
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venue,
        Integer capacity,
        Instant registrationClosesAt,
        Boolean approvalRequired,
        Double perspectiveWeight,
        Boolean excludeSameCompany,
        Integer maxPendingRequests) {

    /** An input without the networking settings, which then take their defaults. */
    public EventInput(String title, String description, Instant startsAt, Instant endsAt, String timeZone, String venue,
                      Integer capacity, Instant registrationClosesAt, Boolean approvalRequired,
                      Double perspectiveWeight) {
        this(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt, approvalRequired,
                perspectiveWeight, null, null);
    }
}
