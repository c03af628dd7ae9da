package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.meetings.MeetingTable;

/** The table where a meeting takes place: enough to find it in the room. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingTableRef", requiredProperties = {"id", "name"})
public record MeetingTableRefResponse(
        @Schema(format = "uuid") String id,
        @Schema(example = "Table 4") String name) {

    static MeetingTableRefResponse of(MeetingTable table) {
        return table == null ? null : new MeetingTableRefResponse(table.id().toString(), table.name());
    }
}
