package org.mingle.api.registrations;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.registration.CheckInResult;

/** The answer to a check-in: whose registration it is, and whether it had been checked in before. */
@Serdeable.Serializable
@Schema(name = "CheckIn", requiredProperties = {"registration", "alreadyCheckedIn"})
public record CheckInResponse(
        EventRegistrationResponse registration,
        @Schema(description = "true when this code had been checked in before; nothing changed then")
        boolean alreadyCheckedIn) {

    static CheckInResponse of(CheckInResult result) {
        return new CheckInResponse(EventRegistrationResponse.of(result.registration()), result.alreadyCheckedIn());
    }
}
