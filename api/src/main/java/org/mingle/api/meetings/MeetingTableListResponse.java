package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.meetings.MeetingTable;

/** An event's meeting tables, in the order they were added. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingTables", requiredProperties = {"tables"})
public record MeetingTableListResponse(
        @Schema(description = "in the order they were added; empty before any is added")
        List<MeetingTableResponse> tables) {

    static MeetingTableListResponse of(List<MeetingTable> tables) {
        return new MeetingTableListResponse(tables.stream().map(MeetingTableResponse::of).toList());
    }
}
