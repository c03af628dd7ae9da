package org.mingle.api.rounds;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.mingle.domain.rounds.OddCount;
import org.mingle.domain.rounds.RoundsInput;

/**
 * The body of {@code POST /api/events/{id}/rounds}. Every field may be missing or wrong here: the domain validates them
 * all at once and names each refused field. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "PlanRoundsRequest", requiredProperties = {"rounds", "minutesPerRound", "startsAt"})
public record PlanRoundsRequest(
        @Schema(minimum = "1", maximum = "20", example = "3",
                description = "how many rounds to plan from `startsAt`; rounds already started are kept")
        @Nullable Integer rounds,
        @Schema(minimum = "2", maximum = "60", example = "8") @Nullable Integer minutesPerRound,
        @Schema(example = "2026-12-03T19:00:00+01:00", description = """
                when the first planned round starts: not in the past (a minute or two of clock skew is \
                allowed) and not before the end of the round under way""")
        @Nullable Instant startsAt,
        @Schema(minimum = "0", maximum = "30", defaultValue = "1", description = "minutes between rounds")
        @Nullable Integer breakMinutes,
        @Schema(defaultValue = "false",
                description = "seat every confirmed attendee, not only those checked in")
        @Nullable Boolean includeConfirmed,
        @Schema(allOf = OddCount.class, defaultValue = "TRIO", description = """
                with an odd count, TRIO seats the person left over at a table of three; REST has them sit the \
                round out (rests rotate)""")
        @Nullable String oddCount,
        @Schema(description = """
                keep apart, where someone else is free, people who met at earlier events of the event's group or \
                series, as pairs already seated this evening are kept apart; when missing, the event's last choice \
                (true at first). The choice is kept for the event.""")
        @Nullable Boolean avoidEarlierPairs) {

    RoundsInput toInput() {
        return new RoundsInput(rounds, minutesPerRound, startsAt, breakMinutes, includeConfirmed, oddCount,
                avoidEarlierPairs);
    }
}
