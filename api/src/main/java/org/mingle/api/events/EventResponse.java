package org.mingle.api.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventStatus;

/**
 * An event as the API shows it. Instants carry the offset of the event's own time zone (18:30 in Berlin in winter is
 * {@code 2026-12-03T18:30:00+01:00}), so clients can show local times without a time zone database.
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Event", requiredProperties = {"id", "title", "description", "startsAt", "endsAt", "timeZone", "venue",
        "capacity", "registrationClosesAt", "approvalRequired", "perspectiveWeight", "excludeSameCompany",
        "maxPendingRequests", "meetingRequestAllowance", "meetingRequestTtl", "topics", "city", "online", "status",
        "confirmedCount", "waitlistCount"})
public record EventResponse(
        @Schema(format = "uuid") String id,
        String title,
        String description,
        @Schema(format = "date-time", example = "2026-12-03T18:30:00+01:00") String startsAt,
        @Schema(format = "date-time", example = "2026-12-03T21:00:00+01:00") String endsAt,
        @Schema(example = "Europe/Berlin") String timeZone,
        String venue,
        int capacity,
        @Schema(format = "date-time", nullable = true) @Nullable String registrationClosesAt,
        boolean approvalRequired,
        double perspectiveWeight,
        @Schema(description = "whether matching never recommends colleagues from the same company to each other")
        boolean excludeSameCompany,
        @Schema(minimum = "1", maximum = "100",
                description = "how many unanswered meeting requests one attendee may have out at a time")
        int maxPendingRequests,
        @Schema(minimum = "1", maximum = "100", description = "the same as maxPendingRequests, by the contract's name")
        int meetingRequestAllowance,
        @Schema(example = "P2D", description = "how long a meeting request waits for its answer (ISO-8601)")
        String meetingRequestTtl,
        @Schema(description = "free tags for discovery, in lower case", example = "[\"startups\"]") List<String> topics,
        @Schema(description = "the city; empty when the event names none", example = "Zürich") String city,
        @Schema(description = "whether people take part online") boolean online,
        @Schema(allOf = EventStatus.class) String status,
        int confirmedCount,
        int waitlistCount) {

    public static EventResponse of(Event event) {
        var details = event.details();
        var zone = details.timeZone();
        return new EventResponse(
                event.id().toString(),
                details.title(),
                details.description(),
                local(details.startsAt(), zone),
                local(details.endsAt(), zone),
                zone.getId(),
                details.venue(),
                details.capacity(),
                details.registrationClosesAt() == null ? null : local(details.registrationClosesAt(), zone),
                details.approvalRequired(),
                details.perspectiveWeight(),
                details.excludeSameCompany(),
                details.maxPendingRequests(),
                details.maxPendingRequests(),
                isoDuration(details.meetingRequestTtl()),
                details.topics(),
                details.city(),
                details.online(),
                event.status().name(),
                event.confirmedCount(),
                event.waitlistCount());
    }

    private static String local(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /** In days when it is whole days ({@code P2D}), as the contract writes it; otherwise in hours and minutes. */
    static String isoDuration(Duration duration) {
        return duration.toHoursPart() == 0 && duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0
                ? "P" + duration.toDays() + "D" : duration.toString();
    }
}
