package org.mingle.api.registrations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.responses.Times;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationStatus;

/**
 * A registration as its registrant sees it. {@code waitlistPosition} is there only while waitlisted. The check-in code
 * is answered when registering, and in the registrant's lists once the registration is confirmed (the only status
 * that can be checked in).
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Registration", requiredProperties = {"id", "eventId", "status", "registeredAt"})
public record RegistrationResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String eventId,
        @Schema(allOf = RegistrationStatus.class) String status,
        @Schema(minimum = "1", description = "1 is next in line; only while WAITLISTED") @Nullable
        Integer waitlistPosition,
        @Schema(description = "the code to show at the door, as text or QR code", example = "K7QX-2M9P") @Nullable
        String checkInCode,
        @Schema(format = "date-time", example = "2026-11-29T10:15:30Z") String registeredAt,
        @Schema(format = "date-time", nullable = true) @Nullable String checkedInAt) {

    /** The answer to registering: with the check-in code, whatever the status. */
    static RegistrationResponse created(Registration registration) {
        return of(registration, true);
    }

    /** In the registrant's lists: the check-in code only while confirmed. */
    static RegistrationResponse own(Registration registration) {
        return of(registration, registration.status() == RegistrationStatus.CONFIRMED);
    }

    private static RegistrationResponse of(Registration registration, boolean withCode) {
        return new RegistrationResponse(
                registration.id().toString(),
                registration.eventId().toString(),
                registration.status().name(),
                registration.waitlistPosition(),
                withCode ? registration.checkInCode() : null,
                Times.utc(registration.registeredAt()),
                Times.utc(registration.checkedInAt()));
    }
}
