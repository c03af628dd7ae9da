package org.mingle.domain.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The organizer-controlled description of an event, already validated by {@link EventRules}.
 *
 * @param registrationClosesAt when registration closes; {@code null} means at the start of the event
 * @param perspectiveWeight    0 to 1: how strongly matching favours people from another industry or seniority
 * @param excludeSameCompany   whether matching never recommends colleagues from the same company to each other
 * @param maxPendingRequests   how many unanswered meeting requests one attendee may have out at a time
 * @param topics               free tags for discovery, normalised (trimmed, lower case, no duplicates), at most ten
 * @param city                 where the event takes place, for discovery; blank when it names none
 * @param online               whether people take part online
 * @param meetingRequestTtl    how long a meeting request waits for its answer before it expires (never past the end)
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
        int maxPendingRequests,
        List<String> topics,
        String city,
        boolean online,
        Duration meetingRequestTtl) {

    public EventDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(venue, "venue");
        topics = List.copyOf(topics);
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(meetingRequestTtl, "meetingRequestTtl");
    }

    /** Details with the default time a meeting request waits for its answer. */
    public EventDetails(String title, String description, Instant startsAt, Instant endsAt, ZoneId timeZone,
                        String venue, int capacity, Instant registrationClosesAt, boolean approvalRequired,
                        double perspectiveWeight, boolean excludeSameCompany, int maxPendingRequests,
                        List<String> topics, String city, boolean online) {
        this(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt, approvalRequired,
                perspectiveWeight, excludeSameCompany, maxPendingRequests, topics, city, online,
                EventRules.DEFAULT_MEETING_REQUEST_TTL);
    }

    /** Details without discovery fields: no topics, no city, not online. */
    public EventDetails(String title, String description, Instant startsAt, Instant endsAt, ZoneId timeZone,
                        String venue, int capacity, Instant registrationClosesAt, boolean approvalRequired,
                        double perspectiveWeight, boolean excludeSameCompany, int maxPendingRequests) {
        this(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt, approvalRequired,
                perspectiveWeight, excludeSameCompany, maxPendingRequests, List.of(), "", false);
    }

    /** When a meeting request sent at that moment expires unanswered: after the event's wait, and never past its end. */
    public Instant meetingRequestExpiry(Instant sentAt) {
        Instant expiry = sentAt.plus(meetingRequestTtl);
        return expiry.isBefore(endsAt) ? expiry : endsAt;
    }

    /** Registration closes at the explicit time, or else when the event starts. */
    public Instant effectiveRegistrationClose() {
        return registrationClosesAt != null ? registrationClosesAt : startsAt;
    }
}
