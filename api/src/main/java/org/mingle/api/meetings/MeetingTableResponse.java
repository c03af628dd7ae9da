package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.meetings.MeetingTable;

/** A table or other place where pairs meet: {@code seats / 2} meetings take place there at once. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingTable", requiredProperties = {"id", "name", "seats"})
public record MeetingTableResponse(
        @Schema(format = "uuid") String id,
        @Schema(example = "Table 4") String name,
        @Schema(minimum = "2", maximum = "200", example = "4") int seats) {

    static MeetingTableResponse of(MeetingTable table) {
        return new MeetingTableResponse(table.id().toString(), table.name(), table.seats());
    }
}
