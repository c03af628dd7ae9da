package org.mingle.api.notifications;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import org.mingle.domain.notifications.Audience;
import org.mingle.domain.shared.InvalidInputException;

/** The body of {@code POST /api/events/{id}/messages}. Unknown fields are refused (400). */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "SendMessageRequest", requiredProperties = {"subject", "body", "audience"})
public record SendMessageRequest(
        @Schema(maxLength = 200, example = "We moved to the second floor") @Nullable String subject,
        @Schema(maxLength = 5000) @Nullable String body,
        // SELECTED is not taken here: the dashboard sends to the registrants picked there.
        @Schema(allowableValues = {"CONFIRMED", "WAITLISTED", "ALL"}) @Nullable String audience) {

    /** The audience, or null when none was given (the service names the missing field with the others). */
    @Nullable
    Audience chosenAudience() {
        if (audience == null) {
            return null;
        }
        return Arrays.stream(Audience.values()).filter(a -> a != Audience.SELECTED && a.name().equals(audience))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("audience", "must be CONFIRMED, WAITLISTED or ALL"));
    }
}
