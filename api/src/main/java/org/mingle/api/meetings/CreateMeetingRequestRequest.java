package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

/** The body of {@code POST /api/events/{id}/meeting-requests}. Unknown fields are refused (400). */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "CreateMeetingRequest", requiredProperties = {"toAccountId"})
public record CreateMeetingRequestRequest(
        @Schema(format = "uuid", description = "the confirmed attendee to ask") @Nullable String toAccountId,
        @Schema(maxLength = 500, example = "I'd love to hear how you scaled your support team.")
        @Nullable String message) {

    /**
     * The addressee. Unlike an id in the path, a missing or malformed id here is the client's mistake in the body,
     * so it is named as an invalid field (400) rather than answered as an unknown person.
     */
    AccountId addressee() {
        if (toAccountId == null || toAccountId.isBlank()) {
            throw InvalidInputException.of("toAccountId", "is required");
        }
        try {
            return new AccountId(UUID.fromString(toAccountId.strip()));
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInputException.of("toAccountId", "must be an account id (a UUID)");
        }
    }
}
