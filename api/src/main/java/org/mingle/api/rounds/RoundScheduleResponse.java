package org.mingle.api.rounds;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.mingle.api.responses.Times;
import org.mingle.domain.events.EventId;
import org.mingle.domain.rounds.Schedule;
import org.mingle.domain.rounds.ScheduledRound;
import org.mingle.domain.shared.AccountId;

/** An event's speed-networking rounds as its team sees them: every round, every table, everyone's name. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "RoundSchedule", requiredProperties = {"eventId", "timeZone", "rounds"})
public record RoundScheduleResponse(
        @Schema(format = "uuid") String eventId,
        @Schema(example = "Europe/Berlin", description = "the event's time zone, whose offset the times carry")
        String timeZone,
        @Schema(description = "in order, earliest first; empty before any round is planned")
        List<RoundResponse> rounds) {

    static RoundScheduleResponse of(EventId eventId, ZoneId zone, Schedule schedule) {
        return new RoundScheduleResponse(eventId.toString(), zone.getId(),
                schedule.rounds().stream().map(round -> RoundResponse.of(round, zone, schedule.names())).toList());
    }

    /** One round: when, who sits at which table, who sits it out, and when it was announced. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Round", requiredProperties = {"number", "startsAt", "endsAt", "tables", "resting"})
    public record RoundResponse(
            @Schema(minimum = "1", example = "1") int number,
            @Schema(format = "date-time", example = "2026-12-03T19:00:00+01:00") String startsAt,
            @Schema(format = "date-time", example = "2026-12-03T19:08:00+01:00") String endsAt,
            List<TableResponse> tables,
            @Schema(description = "who sits this round out: nobody, or the one person an odd count leaves over")
            List<SeatedPersonResponse> resting,
            @Schema(format = "date-time", example = "2026-12-03T18:59:30+01:00",
                    description = "when the organizers called everyone to their tables; absent until then")
            @Nullable String announcedAt) {

        static RoundResponse of(ScheduledRound scheduled, ZoneId zone, Map<AccountId, String> names) {
            var round = scheduled.round();
            return new RoundResponse(round.number(), Times.in(zone, scheduled.startsAt()),
                    Times.in(zone, scheduled.endsAt()),
                    round.tables().stream().map(table -> new TableResponse(table.number(),
                            table.people().stream().map(person -> SeatedPersonResponse.of(person, names)).toList()))
                            .toList(),
                    round.resting().stream().map(person -> SeatedPersonResponse.of(person, names)).toList(),
                    Times.in(zone, scheduled.announcedAt()));
        }
    }

    /** A numbered table and the two (or three) people at it. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "RoundTable", requiredProperties = {"number", "people"})
    public record TableResponse(@Schema(minimum = "1", example = "4") int number, List<SeatedPersonResponse> people) {
    }

    /** Someone seated in a round: enough for the team to call them to their table. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SeatedPerson", requiredProperties = {"accountId", "displayName"})
    public record SeatedPersonResponse(
            @Schema(format = "uuid") String accountId,
            @Schema(example = "Grace Hopper") String displayName) {

        static SeatedPersonResponse of(AccountId person, Map<AccountId, String> names) {
            return new SeatedPersonResponse(person.toString(), names.getOrDefault(person, ""));
        }
    }
}
