package org.mingle.api.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.series.SeriesTemplate;
import org.mingle.domain.series.SeriesView;

/** A series: the template and rule its events were created from, and the events as they are now, soonest first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Series", requiredProperties = {"id", "groupId", "title", "description", "venue", "capacity",
        "timeZone", "localStartTime", "durationMinutes", "rrule", "firstDate", "lastDate", "occurrenceCount",
        "publish", "events"})
public record SeriesResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String groupId,
        String title,
        String description,
        String venue,
        int capacity,
        @Schema(example = "Europe/Berlin") String timeZone,
        @Schema(example = "18:30") String localStartTime,
        int durationMinutes,
        @Schema(example = "FREQ=WEEKLY;BYDAY=TU;COUNT=6") String rrule,
        @Schema(format = "date") String firstDate,
        @Schema(format = "date", description = "the rule's last date created so far; extending continues after it")
        String lastDate,
        @Schema(description = "how many occurrences were created, whatever became of them since")
        int occurrenceCount,
        @Schema(description = "whether new occurrences are published at once") boolean publish,
        List<SeriesEventResponse> events) {

    static SeriesResponse of(SeriesView view) {
        var s = view.series();
        SeriesTemplate t = s.template();
        return new SeriesResponse(s.id().toString(), s.groupId().toString(), t.title(), t.description(), t.venue(),
                t.capacity(), t.timeZone().getId(), t.localStartTime().toString(), t.durationMinutes(),
                t.rule().text(), t.firstDate().toString(), s.lastDate().toString(), s.occurrenceCount(), t.publish(),
                view.events().stream().map(SeriesEventResponse::of).toList());
    }
}
