package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import org.mingle.api.responses.Times;
import org.mingle.domain.meetings.Slot;

/** A slot of a networking session: from its start to its end, with the offset of the event's time zone. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingSlot", requiredProperties = {"startsAt", "endsAt"})
public record MeetingSlotResponse(
        @Schema(format = "date-time", example = "2026-12-03T19:00:00+01:00") String startsAt,
        @Schema(format = "date-time", example = "2026-12-03T19:15:00+01:00") String endsAt) {

    static MeetingSlotResponse of(Slot slot, ZoneId zone) {
        return new MeetingSlotResponse(Times.in(zone, slot.startsAt()), Times.in(zone, slot.endsAt()));
    }
}
