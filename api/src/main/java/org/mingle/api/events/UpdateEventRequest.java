package org.mingle.api.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.mingle.domain.events.EventPatch;

/**
 * The body of {@code PATCH /api/events/{id}}: the fields to change. A field that is missing stays as it is, and so does
 * one sent as {@code null}, except {@code registrationClosesAt}, the one optional field, which {@code null} removes
 * (JSON merge patch, RFC 7396). The domain validates the event as it would be after the change. Unknown fields are
 * refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "UpdateEventRequest", description = """
        Only the fields to change; missing fields stay as they are. `registrationClosesAt: null` removes the explicit \
        close, so registration closes when the event starts; null in any other field changes nothing.""")
public record UpdateEventRequest(
        @Schema(maxLength = 200, example = "Founders breakfast") @Nullable String title,
        @Schema(maxLength = 10_000) @Nullable String description,
        @Schema(example = "2026-12-03T18:30:00+01:00") @Nullable Instant startsAt,
        @Schema(example = "2026-12-03T21:00:00+01:00") @Nullable Instant endsAt,
        @Schema(description = "IANA time zone", example = "Europe/Berlin") @Nullable String timeZone,
        @Schema(maxLength = 300) @Nullable String venue,
        @Schema(minimum = "1", maximum = "100000", description = "not below the number of confirmed registrations")
        @Nullable Integer capacity,
        @Schema(nullable = true, description = "null: registration closes when the event starts")
        @Nullable Instant registrationClosesAt,
        @Nullable Boolean approvalRequired,
        @Schema(minimum = "0", maximum = "1") @Nullable Double perspectiveWeight,
        @Nullable Boolean excludeSameCompany,
        @Schema(minimum = "1", maximum = "100", description = """
                lowering it below what someone already has out keeps their requests; they send no more until \
                answers or cancellations bring them below it""")
        @Nullable Integer maxPendingRequests,
        @Schema(description = "replaces all topics; [] removes them") @Nullable List<String> topics,
        @Schema(maxLength = 100, description = "\"\" removes the city") @Nullable String city,
        @Nullable Boolean online,
        @Schema(minimum = "1", maximum = "100",
                description = "the contract's name for maxPendingRequests, which is still accepted (send one)")
        @Nullable Integer meetingRequestAllowance,
        @Schema(example = "P1D", description = """
                how long a meeting request waits for its answer (ISO-8601, PT1H to P14D); requests already sent \
                keep their expiry""")
        @Nullable String meetingRequestTtl) {

    /** @param clearRegistrationClose whether the body sent {@code "registrationClosesAt": null} */
    EventPatch toPatch(boolean clearRegistrationClose) {
        return new EventPatch(title, description, startsAt, endsAt, timeZone, venue, capacity, registrationClosesAt,
                clearRegistrationClose, approvalRequired, perspectiveWeight, excludeSameCompany,
                RequestAllowanceField.resolve(maxPendingRequests, meetingRequestAllowance), topics, city, online,
                meetingRequestTtl);
    }
}
