package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.List;
import org.mingle.api.responses.Times;
import org.mingle.domain.curated.CuratedDraft;
import org.mingle.domain.curated.CuratedMeeting;
import org.mingle.domain.curated.Shortfall;

/**
 * An event's latest generated schedule, for its organizers; times carry the offset of the event's time zone.
 * {@code publication} is absent until the schedule is published.
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CuratedSchedule", requiredProperties = {"eventId", "generatedAt", "participants", "totals", "meetings",
        "shortfalls"})
public record CuratedScheduleResponse(
        @Schema(format = "uuid") String eventId,
        @Schema(format = "date-time") String generatedAt,
        @Schema(description = "the confirmed attendees the schedule was made for") int participants,
        Totals totals,
        @Schema(description = "the new meetings, slot by slot") List<Meeting> meetings,
        @Schema(description = "who stays below the minimum, and the first cause that explains it")
        List<Short> shortfalls,
        @Nullable PublicationResponse publication) {

    @Serdeable.Serializable
    @Schema(name = "CuratedTotals", requiredProperties = {"meetings", "askedFor", "mustMeetsHonoured",
            "missingBelowMinimums", "score"})
    public record Totals(
            int meetings,
            @Schema(description = "meetings at least one of the two asked for") long askedFor,
            @Schema(description = "\"must meet\" wishes honoured; a pair where both asked honours two")
            int mustMeetsHonoured,
            @Schema(description = "meetings missing below people's minimums, in all") int missingBelowMinimums,
            @Schema(description = "the sum of the meetings' match scores") double score) {
    }

    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CuratedDraftMeeting", requiredProperties = {"first", "second", "startsAt", "endsAt", "table", "score",
            "reason"})
    public record Meeting(
            Person first,
            Person second,
            @Schema(format = "date-time") String startsAt,
            @Schema(format = "date-time") String endsAt,
            Table table,
            double score,
            @Schema(allOf = CuratedMeeting.Reason.class) String reason,
            @Schema(format = "uuid", description = "who asked, when only one of the two did; absent otherwise")
            @Nullable String askedBy) {
    }

    @Serdeable.Serializable
    @Schema(name = "CuratedPerson", requiredProperties = {"accountId", "displayName"})
    public record Person(@Schema(format = "uuid") String accountId, String displayName) {
    }

    @Serdeable.Serializable
    @Schema(name = "CuratedTable", requiredProperties = {"id", "name"})
    public record Table(@Schema(format = "uuid") String id, String name) {
    }

    @Serdeable.Serializable
    @Schema(name = "CuratedShortfall", requiredProperties = {"person", "minimum", "meetings", "cause", "explanation"})
    public record Short(
            Person person,
            int minimum,
            @Schema(description = "meetings they have: booked before and scheduled now") int meetings,
            @Schema(allOf = Shortfall.Cause.class) String cause,
            @Schema(example = "Ben Okafor: 2 of 3 minimum \u2014 not free in enough slots") String explanation) {
    }

    static CuratedScheduleResponse of(CuratedDraft draft, ZoneId zone) {
        var totals = new Totals(draft.meetings().size(), draft.askedFor(), draft.totals().wishes(),
                draft.totals().missing(), draft.totals().score());
        var meetings = draft.meetings().stream().map(m -> {
            CuratedMeeting meeting = m.meeting();
            var slot = meeting.placement().slot();
            return new Meeting(new Person(meeting.first().toString(), m.firstName()),
                    new Person(meeting.second().toString(), m.secondName()), Times.in(zone, slot.startsAt()),
                    Times.in(zone, slot.endsAt()), new Table(m.table().id().toString(), m.table().name()),
                    meeting.score(), meeting.reason().name(),
                    meeting.askedBy() == null ? null : meeting.askedBy().toString());
        }).toList();
        var shortfalls = draft.shortfalls().stream().map(s -> new Short(
                new Person(s.shortfall().person().toString(), s.name()), s.shortfall().minimum(),
                s.shortfall().meetings(), s.shortfall().cause().name(), s.summary())).toList();
        return new CuratedScheduleResponse(draft.event().toString(), Times.in(zone, draft.generatedAt()),
                draft.participants(), totals, meetings, shortfalls, PublicationResponse.of(draft.publication(), zone));
    }
}
