package org.mingle.domain.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The organizer-controlled description of an event, already validated by {@link EventRules}.
 *
 * @param registrationClosesAt when registration closes; {@code null} means at the start of the event
 * @param perspectiveWeight    0 to 1: how strongly matching favours people from another industry or seniority
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
        double perspectiveWeight) {

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
