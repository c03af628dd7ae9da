package org.mingle.api.registrations;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.registration.RegistrationCounts;

/** How many registrations an event has in each active status, and how many people have checked in. */
@Serdeable.Serializable
@Schema(name = "RegistrationCounts", requiredProperties = {"confirmed", "waitlisted", "pending", "checkedIn"})
public record RegistrationCountsResponse(int confirmed, int waitlisted, int pending, int checkedIn) {

    static RegistrationCountsResponse of(RegistrationCounts counts) {
        return new RegistrationCountsResponse(counts.confirmed(), counts.waitlisted(), counts.pending(),
                counts.checkedIn());
    }
}
