package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import org.mingle.api.responses.Times;
import org.mingle.domain.curated.CuratedDraft;

/** What publishing a schedule did. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CuratedPublication", requiredProperties = {"publishedAt", "booked", "skipped"})
public record PublicationResponse(
        @Schema(format = "date-time") String publishedAt,
        @Schema(description = "meetings booked, each person told its time and table") int booked,
        @Schema(description = """
                meetings that no longer fitted and were left out: a booking made since took the time, or one of \
                the two left the event or blocked the other""") int skipped) {

    static PublicationResponse of(CuratedDraft.Publication publication, ZoneId zone) {
        return publication == null ? null : new PublicationResponse(Times.in(zone, publication.at()),
                publication.booked(), publication.skipped());
    }
}
