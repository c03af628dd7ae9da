package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import org.mingle.api.responses.Times;
import org.mingle.domain.meetings.NetworkingSession;

/** A stretch of the event set aside for one-to-one meetings, cut into slots of {@code slotMinutes}. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "NetworkingSession", requiredProperties = {"id", "name", "startsAt", "endsAt", "slotMinutes", "slots"})
public record NetworkingSessionResponse(
        @Schema(format = "uuid") String id,
        @Schema(example = "Coffee meetings") String name,
        @Schema(format = "date-time", example = "2026-12-03T19:00:00+01:00") String startsAt,
        @Schema(format = "date-time", example = "2026-12-03T20:00:00+01:00") String endsAt,
        @Schema(minimum = "5", maximum = "240", example = "15") int slotMinutes,
        @Schema(minimum = "1", example = "4", description = """
                how many slots the session holds: time left at the end that is shorter than a slot is not used""")
        int slots) {

    static NetworkingSessionResponse of(NetworkingSession session, ZoneId zone) {
        return new NetworkingSessionResponse(session.id().toString(), session.name(),
                Times.in(zone, session.startsAt()), Times.in(zone, session.endsAt()), session.slotMinutes(),
                session.slots().size());
    }
}
