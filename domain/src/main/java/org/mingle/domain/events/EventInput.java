package org.mingle.domain.events;

import java.time.Instant;
import java.util.List;

/**
 * What an organizer typed to create an event, before validation: any field may be missing or wrong.
 * {@link EventRules#validate} turns it into {@link EventDetails} or names every refused field. Missing topics, city
 * and online mean none, none and not online; a missing meeting request wait means the default (two days), given as an
 * ISO-8601 duration ({@code P2D}, {@code PT12H}).
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
        Integer maxPendingRequests,
        List<String> topics,
        String city,
        Boolean online,
        String meetingRequestTtl) {

    /** An input with the default time a meeting request waits for its answer. */
    public EventInput(String title, String description, Instant startsAt, Instant endsAt, String timeZone, String venue,
                      Integer capacity, Instant registrationClosesAt, Boolean approvalRequired,
                      Double perspectiveWeight, Boolean excludeSameCompany, Integer maxPendingRequests,
                      List<String> topics, String city, Boolean online) {
        this(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt, approvalRequired,
                perspectiveWeight, excludeSameCompany, maxPendingRequests, topics, city, online, null);
    }

    /** An input without the discovery fields: no topics, no city, not online. */
    public EventInput(String title, String description, Instant startsAt, Instant endsAt, String timeZone, String venue,
                      Integer capacity, Instant registrationClosesAt, Boolean approvalRequired,
                      Double perspectiveWeight, Boolean excludeSameCompany, Integer maxPendingRequests) {
        this(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt, approvalRequired,
                perspectiveWeight, excludeSameCompany, maxPendingRequests, null, null, null, null);
    }

    /** An input without the networking settings, which then take their defaults. */
    public EventInput(String title, String description, Instant startsAt, Instant endsAt, String timeZone, String venue,
                      Integer capacity, Instant registrationClosesAt, Boolean approvalRequired,
                      Double perspectiveWeight) {
        this(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt, approvalRequired,
                perspectiveWeight, null, null, null, null, null, null);
    }
}
