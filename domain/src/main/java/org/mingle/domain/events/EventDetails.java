package org.mingle.domain.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The organizer-controlled description of an event, already validated by {@link EventRules}.
 *
 * @param registrationClosesAt when registration closes; {@code null} means at the start of the event
 * @param perspectiveWeight    0 to 1: how strongly matching favours people from another industry or seniority
 * @param excludeSameCompany   whether matching never recommends colleagues from the same company to each other
 * @param maxPendingRequests   how many unanswered meeting requests one attendee may have out at a time
 */
public record EventDetails(
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        ZoneId timeZone,
        String venue,
        int capacity,
        Instant registrationClosesAt,
        boolean approvalRequired,
        double perspectiveWeight,
        boolean excludeSameCompany,
        int maxPendingRequests) {

    public EventDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(venue, "venue");
    }

    /** Registration closes at the explicit time, or else when the event starts. */
    public Instant effectiveRegistrationClose() {
        return registrationClosesAt != null ? registrationClosesAt : startsAt;
    }
}
