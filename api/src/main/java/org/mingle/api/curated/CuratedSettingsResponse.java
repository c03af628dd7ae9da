package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.curated.CuratedSettings;

/** An event's minimum and maximum of meetings per attendee for generated schedules. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CuratedSettings", requiredProperties = {"minimumMeetings", "maximumMeetings"})
public record CuratedSettingsResponse(@Schema(example = "2") int minimumMeetings,
                                      @Schema(example = "6") int maximumMeetings) {

    static CuratedSettingsResponse of(CuratedSettings settings) {
        return new CuratedSettingsResponse(settings.minimumMeetings(), settings.maximumMeetings());
    }
}
