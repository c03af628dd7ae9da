package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.mingle.domain.meetings.SessionInput;

/**
 * The body of {@code POST /api/events/{id}/sessions}. Every field may be missing or wrong here: the domain validates
 * them all at once and names each refused field. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "CreateNetworkingSessionRequest", requiredProperties = {"name", "startsAt", "endsAt", "slotMinutes"})
public record CreateNetworkingSessionRequest(
        @Schema(maxLength = 120, example = "Coffee meetings") @Nullable String name,
        @Schema(example = "2026-12-03T19:00:00+01:00", description = """
                within the event, and the session overlaps no other session of the event""")
        @Nullable Instant startsAt,
        @Schema(example = "2026-12-03T20:00:00+01:00", description = """
                after the start, within the event, leaving room for at least one slot""")
        @Nullable Instant endsAt,
        @Schema(minimum = "5", maximum = "240", example = "15", description = "how long each meeting lasts")
        @Nullable Integer slotMinutes) {

    SessionInput toInput() {
        return new SessionInput(name, startsAt, endsAt, slotMinutes);
    }
}
