package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.List;
import org.mingle.domain.meetings.Slot;

/** The slots a meeting could move to: still to come, free for both people, with room at a table. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "FreeSlots", requiredProperties = {"timeZone", "slots"})
public record FreeSlotsResponse(
        @Schema(example = "Europe/Berlin", description = "the event's time zone, whose offset the times carry")
        String timeZone,
        @Schema(description = "earliest first, without the meeting's own slot; empty when none is free")
        List<MeetingSlotResponse> slots) {

    static FreeSlotsResponse of(List<Slot> slots, ZoneId zone) {
        return new FreeSlotsResponse(zone.getId(), slots.stream().map(slot -> MeetingSlotResponse.of(slot, zone))
                .toList());
    }
}
