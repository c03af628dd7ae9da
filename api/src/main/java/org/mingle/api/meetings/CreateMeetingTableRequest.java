package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.meetings.TableInput;

/**
 * The body of {@code POST /api/events/{id}/tables}. Every field may be missing or wrong here: the domain validates them
 * all at once and names each refused field. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "CreateMeetingTableRequest", requiredProperties = {"name", "seats"})
public record CreateMeetingTableRequest(
        @Schema(maxLength = 80, example = "Table 4",
                description = "no other table of the event has this name (ignoring case)")
        @Nullable String name,
        @Schema(minimum = "2", maximum = "200", example = "4", description = "seats / 2 meetings take place at once")
        @Nullable Integer seats) {

    TableInput toInput() {
        return new TableInput(name, seats);
    }
}
