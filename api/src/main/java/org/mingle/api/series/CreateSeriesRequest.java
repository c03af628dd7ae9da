package org.mingle.api.series;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.series.SeriesInput;

/**
 * The body of {@code POST /api/groups/{id}/series} and its preview. Every field may be missing or wrong here: the
 * domain validates them all at once and names each refused field. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "CreateSeriesRequest", requiredProperties = {"title", "capacity", "timeZone", "localStartTime",
        "durationMinutes", "rrule", "firstDate"})
public record CreateSeriesRequest(
        @Schema(maxLength = 200, example = "Founders breakfast") @Nullable String title,
        @Schema(maxLength = 10_000, example = "Coffee, croissants and ten founders.") @Nullable String description,
        @Schema(maxLength = 300, example = "Factory Berlin, Rheinsberger Str. 76") @Nullable String venue,
        @Schema(minimum = "1", maximum = "100000", example = "40") @Nullable Integer capacity,
        @Schema(description = "IANA time zone of the local start time", example = "Europe/Berlin")
        @Nullable String timeZone,
        @Schema(pattern = "^\\d{2}:\\d{2}$", example = "18:30", description = """
                the wall-clock start of every occurrence in the time zone, kept across daylight-saving changes; on a \
                day the clocks skip it, the start moves forward by the gap (02:30 becomes 03:30)""")
        @Nullable String localStartTime,
        @Schema(minimum = "1", maximum = "1440", example = "120") @Nullable Integer durationMinutes,
        @Schema(maxLength = 500, example = "FREQ=WEEKLY;BYDAY=TU;COUNT=6", description = """
                an RFC 5545 recurrence rule repeating DAILY, WEEKLY, MONTHLY or YEARLY, without BYHOUR, BYMINUTE or \
                BYSECOND, ending with COUNT (at most 52) or UNTIL (a date, at most 52 dates)""")
        @Nullable String rrule,
        @Schema(format = "date", example = "2027-03-16",
                description = "the date the rule starts from; it is an occurrence only when the rule gives it")
        @Nullable String firstDate,
        @Schema(defaultValue = "false", description = "publish every occurrence at once (otherwise drafts)")
        @Nullable Boolean publish) {

    /** The fields of the body that must be sent as text, which {@code JsonBodies#requireText} checks. */
    static final List<String> TEXT_FIELDS = List.of("title", "description", "venue", "timeZone", "localStartTime",
            "rrule", "firstDate");

    SeriesInput toInput() {
        return new SeriesInput(title, description, venue, capacity, timeZone, localStartTime, durationMinutes, rrule,
                firstDate, publish);
    }
}
