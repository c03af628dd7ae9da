package org.mingle.api.agenda;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.List;
import org.mingle.api.responses.Times;
import org.mingle.domain.agenda.Talk;

/** A talk on an event's agenda; times carry the offset of the event's time zone. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Talk")
public record TalkResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String eventId,
        String title,
        @JsonProperty("abstract") @Schema(description = "empty when none") String abstractText,
        @Schema(format = "date-time") String startsAt,
        @Schema(format = "date-time") String endsAt,
        @Schema(description = "empty when none") String room,
        List<SpeakerResponse> speakers,
        @Schema(description = "the talk as an iCalendar file, for \"Add to calendar\"") String calendarUrl) {

    static TalkResponse of(Talk talk, ZoneId zone) {
        return new TalkResponse(talk.id().toString(), talk.eventId().toString(), talk.title(), talk.abstractText(),
                Times.in(zone, talk.startsAt()), Times.in(zone, talk.endsAt()), talk.room(),
                talk.speakers().stream().map(SpeakerResponse::of).toList(),
                "/api/events/" + talk.eventId() + "/agenda/" + talk.id() + "/calendar.ics");
    }
}
