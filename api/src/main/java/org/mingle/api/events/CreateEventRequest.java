package org.mingle.api.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mingle.domain.events.EventInput;

/**
 * The body of {@code POST /api/events}. Every field may be missing or wrong here: the domain validates them all at
 * once and names each refused field. Unknown fields are refused (400) so that a misspelt optional field is not
 * silently dropped.
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "CreateEventRequest", requiredProperties = {"title", "startsAt", "endsAt", "timeZone", "capacity"})
public record CreateEventRequest(
        @Schema(maxLength = 200, example = "Founders breakfast") @Nullable String title,
        @Schema(maxLength = 10_000, example = "Coffee, croissants and ten founders.") @Nullable String description,
        @Schema(example = "2026-12-03T18:30:00+01:00") @Nullable Instant startsAt,
        @Schema(example = "2026-12-03T21:00:00+01:00") @Nullable Instant endsAt,
        @Schema(description = "IANA time zone", example = "Europe/Berlin") @Nullable String timeZone,
        @Schema(maxLength = 300, example = "Factory Berlin, Rheinsberger Str. 76") @Nullable String venue,
        @Schema(minimum = "1", maximum = "100000", example = "80") @Nullable Integer capacity,
        @Schema(description = "defaults to the start of the event") @Nullable Instant registrationClosesAt,
        @Schema(defaultValue = "false") @Nullable Boolean approvalRequired,
        @Schema(minimum = "0", maximum = "1", defaultValue = "0.3",
                description = "how strongly matching favours people from another industry or seniority")
        @Nullable Double perspectiveWeight,
        @Schema(defaultValue = "false",
                description = "whether matching never recommends colleagues from the same company to each other")
        @Nullable Boolean excludeSameCompany,
        @Schema(minimum = "1", maximum = "100", defaultValue = "10",
                description = "how many unanswered meeting requests one attendee may have out at a time")
        @Nullable Integer maxPendingRequests,
        @Schema(format = "uuid", description = """
                the group the event belongs to: only the group's owners and organizers may (403), and all of them \
                organize the event""")
        @Nullable UUID groupId,
        @Schema(description = "free tags for discovery, at most 10 of at most 40 characters each; stored trimmed, in "
                + "lower case and without duplicates", example = "[\"startups\", \"climate tech\"]")
        @Nullable List<String> topics,
        @Schema(maxLength = 100, description = "the city, for discovery; blank for none", example = "Zürich")
        @Nullable String city,
        @Schema(defaultValue = "false", description = "whether people take part online") @Nullable Boolean online,
        @Schema(minimum = "1", maximum = "100", defaultValue = "10", description = """
                open (unanswered) meeting requests one attendee may have out at a time; the contract's name for \
                maxPendingRequests, which is still accepted (send one of the two)""")
        @Nullable Integer meetingRequestAllowance,
        @Schema(defaultValue = "P2D", example = "P2D", description = """
                how long a meeting request waits for its answer before it expires and frees its place in the \
                sender's allowance: an ISO-8601 duration in whole minutes from PT1H to P14D; never past the event's \
                end""")
        @Nullable String meetingRequestTtl) {

    EventInput toInput() {
        return new EventInput(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt,
                approvalRequired, perspectiveWeight, excludeSameCompany,
                RequestAllowanceField.resolve(maxPendingRequests, meetingRequestAllowance), topics, city, online,
                meetingRequestTtl);
    }
}
