package org.mingle.api.registrations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.responses.Times;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationStatus;

/**
 * A registration as the event's team sees it: who, in which status, since when, and whether checked in. The check-in
 * code only while confirmed, so that the door can check someone in who was found by name.
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EventRegistration", requiredProperties = {"id", "eventId", "accountId", "displayName", "email",
        "status", "registeredAt"})
public record EventRegistrationResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String eventId,
        @Schema(format = "uuid") String accountId,
        @Schema(example = "Grace Hopper") String displayName,
        @Schema(format = "email", example = "grace@example.com") String email,
        @Schema(allOf = RegistrationStatus.class) String status,
        @Schema(minimum = "1", description = "only while WAITLISTED") @Nullable Integer waitlistPosition,
        @Schema(description = "only while CONFIRMED") @Nullable String checkInCode,
        @Schema(format = "date-time", example = "2026-11-29T10:15:30Z") String registeredAt,
        @Schema(format = "date-time", description = "only once checked in") @Nullable String checkedInAt) {

    static EventRegistrationResponse of(Registration registration) {
        boolean confirmed = registration.status() == RegistrationStatus.CONFIRMED;
        return new EventRegistrationResponse(
                registration.id().toString(),
                registration.eventId().toString(),
                registration.accountId().toString(),
                registration.displayName(),
                registration.email(),
                registration.status().name(),
                registration.waitlistPosition(),
                confirmed ? registration.checkInCode() : null,
                Times.utc(registration.registeredAt()),
                Times.utc(registration.checkedInAt()));
    }
}
