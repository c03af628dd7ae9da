package org.mingle.api.rounds;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.List;
import org.mingle.api.matching.RecommendationResponse.ReasonResponse;
import org.mingle.api.profiles.ProfileViewResponse;
import org.mingle.api.responses.Times;
import org.mingle.domain.events.EventId;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Relationship;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.rounds.MyRound;

/** The caller's speed-networking rounds: when, at which table, with whom and why. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MyRounds", requiredProperties = {"eventId", "timeZone", "rounds"})
public record MyRoundsResponse(
        @Schema(format = "uuid") String eventId,
        @Schema(example = "Europe/Berlin", description = "the event's time zone, whose offset the times carry")
        String timeZone,
        @Schema(description = "the rounds the caller is seated in, earliest first; empty before any is planned")
        List<MyRoundResponse> rounds) {

    static MyRoundsResponse of(EventId eventId, ZoneId zone, List<MyRound> rounds) {
        return new MyRoundsResponse(eventId.toString(), zone.getId(),
                rounds.stream().map(round -> MyRoundResponse.of(round, zone)).toList());
    }

    /** One of the caller's rounds. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MyRound", requiredProperties = {"number", "startsAt", "endsAt", "resting", "with"})
    public record MyRoundResponse(
            @Schema(minimum = "1", example = "1") int number,
            @Schema(format = "date-time", example = "2026-12-03T19:00:00+01:00") String startsAt,
            @Schema(format = "date-time", example = "2026-12-03T19:08:00+01:00") String endsAt,
            @Schema(minimum = "1", example = "4", description = "absent when the caller sits this round out")
            @Nullable Integer table,
            @Schema(description = "true when the caller sits this round out") boolean resting,
            @Schema(description = "the others at the caller's table; empty when resting") List<CompanionResponse> with,
            @Schema(format = "date-time", example = "2026-12-03T18:59:30+01:00", description = """
                    when the organizers called everyone to their tables for this round; absent until then""")
            @Nullable String announcedAt) {

        static MyRoundResponse of(MyRound round, ZoneId zone) {
            return new MyRoundResponse(round.number(), Times.in(zone, round.startsAt()),
                    Times.in(zone, round.endsAt()), round.table(), round.table() == null,
                    round.with().stream().map(CompanionResponse::of).toList(), Times.in(zone, round.announcedAt()));
        }
    }

    /**
     * Someone at the caller's table, as they let the caller see them (a hidden field is absent, as in
     * {@code ProfileView}), and why the two fit.
     */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RoundCompanion", requiredProperties = {"accountId", "displayName", "relationship", "reasons"},
            description = "Only the fields the person shows to the caller; hidden fields are absent.")
    public record CompanionResponse(
            @Schema(format = "uuid") String accountId,
            @Schema(example = "Grace Hopper") String displayName,
            @Schema(allOf = Relationship.class,
                    description = "how the caller stands to this person, which decides the fields shown")
            String relationship,
            @Nullable String headline,
            @Nullable String bio,
            @Nullable String company,
            @Nullable String industry,
            @Schema(allOf = Seniority.class)
            @Nullable String seniority,
            @Nullable List<String> interests,
            @ArraySchema(schema = @Schema(implementation = Goal.class))
            @Nullable List<String> seeking,
            @ArraySchema(schema = @Schema(implementation = Goal.class))
            @Nullable List<String> offering,
            @Nullable List<String> links,
            @Schema(description = "why the two fit, from what every fellow attendee may see; may be empty")
            List<ReasonResponse> reasons) {

        static CompanionResponse of(MyRound.Companion companion) {
            var view = ProfileViewResponse.of(companion.person());
            return new CompanionResponse(view.accountId(), view.displayName(), view.relationship(), view.headline(),
                    view.bio(), view.company(), view.industry(), view.seniority(), view.interests(), view.seeking(),
                    view.offering(), view.links(), companion.reasons().stream().map(ReasonResponse::of).toList());
        }
    }
}
