package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

/** The optional body of {@code POST .../meeting-requests/{mid}/decline}. Unknown fields are refused (400). */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "DeclineMeetingRequest")
public record DeclineMeetingRequestRequest(
        @Schema(format = "uuid", description = """
                someone the sender might meet instead: a confirmed attendee of the event, neither of the two, blocked \
                by neither of them, whom Mingle would recommend to the sender (one of the caller's own \
                recommendations, say)""")
        @Nullable String suggestedAccountId) {

    /** Whom to suggest, or {@code null}; a malformed id is the client's mistake in the body (400). */
    AccountId suggested() {
        if (suggestedAccountId == null || suggestedAccountId.isBlank()) {
            return null;
        }
        try {
            return new AccountId(UUID.fromString(suggestedAccountId.strip()));
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInputException.of("suggestedAccountId", "must be an account id (a UUID)");
        }
    }
}
