package org.mingle.api.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.mingle.domain.series.SeriesPlan;

/** The dates a series or an extension would create; nothing has been created. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "SeriesPreview", requiredProperties = {"dates"})
public record SeriesPreviewResponse(List<PlannedDate> dates) {

    /** One date: its local date and its start with the offset it has that day. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SeriesPlannedDate", requiredProperties = {"date", "startsAt"})
    public record PlannedDate(
            @Schema(format = "date", example = "2027-03-30") String date,
            @Schema(format = "date-time", example = "2027-03-30T18:30:00+02:00") String startsAt) {
    }

    static SeriesPreviewResponse of(SeriesPlan plan) {
        return new SeriesPreviewResponse(plan.starts().stream().map(start -> new PlannedDate(
                start.toLocalDate().toString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start))).toList());
    }
}
