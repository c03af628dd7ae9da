package org.mingle.domain.events;

import java.time.Instant;
import java.util.List;

/**
 * A partial change to an event: {@code null} leaves a field as it is. {@code clearRegistrationClose} removes an
 * explicit registration close (registration then closes at the start).
 */
public record EventPatch(
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venue,
        Integer capacity,
        Instant registrationClosesAt,
        boolean clearRegistrationClose,
        Boolean approvalRequired,
        Double perspectiveWeight,
        Boolean excludeSameCompany,
        Integer maxPendingRequests,
        List<String> topics,
        String city,
        Boolean online,
        String meetingRequestTtl) {

    /** A patch that leaves the meeting request wait as it is. */
    public EventPatch(String title, String description, Instant startsAt, Instant endsAt, String timeZone, String venue,
                      Integer capacity, Instant registrationClosesAt, boolean clearRegistrationClose,
                      Boolean approvalRequired, Double perspectiveWeight, Boolean excludeSameCompany,
                      Integer maxPendingRequests, List<String> topics, String city, Boolean online) {
        this(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt,
                clearRegistrationClose, approvalRequired, perspectiveWeight, excludeSameCompany, maxPendingRequests,
                topics, city, online, null);
    }

    /** A patch that leaves the discovery fields (topics, city, online) as they are. */
    public EventPatch(String title, String description, Instant startsAt, Instant endsAt, String timeZone, String venue,
                      Integer capacity, Instant registrationClosesAt, boolean clearRegistrationClose,
                      Boolean approvalRequired, Double perspectiveWeight, Boolean excludeSameCompany,
                      Integer maxPendingRequests) {
        this(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt,
                clearRegistrationClose, approvalRequired, perspectiveWeight, excludeSameCompany, maxPendingRequests,
                null, null, null, null);
    }

    /** A patch that leaves the networking settings as they are. */
    public EventPatch(String title, String description, Instant startsAt, Instant endsAt, String timeZone, String venue,
                      Integer capacity, Instant registrationClosesAt, boolean clearRegistrationClose,
                      Boolean approvalRequired, Double perspectiveWeight) {
        this(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt,
                clearRegistrationClose, approvalRequired, perspectiveWeight, null, null, null, null, null, null);
    }

    /** The input the patch describes, on top of the event's current details. */
    EventInput over(EventDetails current) {
        return new EventInput(
                title != null ? title : current.title(),
                description != null ? description : current.description(),
                startsAt != null ? startsAt : current.startsAt(),
                endsAt != null ? endsAt : current.endsAt(),
                timeZone != null ? timeZone : current.timeZone().getId(),
                venue != null ? venue : current.venue(),
                capacity != null ? capacity : current.capacity(),
                clearRegistrationClose ? null
                        : registrationClosesAt != null ? registrationClosesAt : current.registrationClosesAt(),
                approvalRequired != null ? approvalRequired : current.approvalRequired(),
                perspectiveWeight != null ? perspectiveWeight : current.perspectiveWeight(),
                excludeSameCompany != null ? excludeSameCompany : current.excludeSameCompany(),
                maxPendingRequests != null ? maxPendingRequests : current.maxPendingRequests(),
                topics != null ? topics : current.topics(),
                city != null ? city : current.city(),
                online != null ? online : current.online(),
                meetingRequestTtl != null ? meetingRequestTtl : current.meetingRequestTtl().toString());
    }
}
