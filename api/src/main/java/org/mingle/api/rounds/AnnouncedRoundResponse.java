package org.mingle.api.rounds;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import org.mingle.api.responses.Times;
import org.mingle.domain.rounds.ScheduledRound;

/** The round just announced: everyone in it is called to their table. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AnnouncedRound", requiredProperties = {"number", "startsAt", "endsAt", "announcedAt"})
public record AnnouncedRoundResponse(
        @Schema(minimum = "1", example = "2") int number,
        @Schema(format = "date-time", example = "2026-12-03T19:10:00+01:00") String startsAt,
        @Schema(format = "date-time", example = "2026-12-03T19:18:00+01:00") String endsAt,
        @Schema(format = "date-time", example = "2026-12-03T19:09:30+01:00",
                description = "when the organizers called everyone to their tables, in the event's time zone")
        String announcedAt) {

    static AnnouncedRoundResponse of(ScheduledRound round, ZoneId zone) {
        return new AnnouncedRoundResponse(round.number(), Times.in(zone, round.startsAt()),
                Times.in(zone, round.endsAt()), Times.in(zone, round.announcedAt()));
    }
}
