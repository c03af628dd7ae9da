package org.mingle.api.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.responses.Times;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventStatus;

/** One occurrence of a series: a normal event, as it is now (it may have been edited or cancelled on its own). */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "SeriesEvent", requiredProperties = {"id", "title", "startsAt", "status"})
public record SeriesEventResponse(
        @Schema(format = "uuid") String id,
        String title,
        @Schema(format = "date-time", example = "2027-03-16T18:30:00+01:00",
                description = "with the offset of the event's time zone") String startsAt,
        @Schema(allOf = EventStatus.class) String status) {

    static SeriesEventResponse of(Event event) {
        return new SeriesEventResponse(event.id().toString(), event.details().title(),
                Times.in(event.details().timeZone(), event.details().startsAt()), event.status().name());
    }
}
