package org.mingle.api.endorsements;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.api.responses.Times;
import org.mingle.domain.endorsements.Endorsement;
import org.mingle.domain.endorsements.EndorsementStatus;

/** An endorsement, as the person who gave it or the person who received it sees it. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Endorsement", requiredProperties = {"id", "status", "endorser", "endorsedId", "eventId", "topics",
        "note", "createdAt"})
public record EndorsementResponse(
        @Schema(format = "uuid") String id,
        @Schema(allOf = EndorsementStatus.class, description = """
                PENDING until the endorsed person approves it (only APPROVED ones show anywhere) or hides it""")
        String status,
        Endorser endorser,
        @Schema(format = "uuid", description = "the person endorsed") String endorsedId,
        @Schema(format = "uuid", description = "the event where the two met") String eventId,
        @Schema(description = "the event's title") @Nullable String eventTitle,
        @Schema(description = "the endorsed person's interests as they read when endorsed") List<String> topics,
        @Schema(description = "the endorser's note; may be empty") String note,
        @Schema(format = "date-time") String createdAt,
        @Schema(format = "date-time", description = "when the endorsed person last approved or hid it")
        @Nullable String decidedAt) {

    /** Who endorsed. */
    @Serdeable.Serializable
    @Schema(name = "Endorser", requiredProperties = {"id", "displayName"})
    public record Endorser(@Schema(format = "uuid") String id, String displayName) {
    }

    static EndorsementResponse of(Endorsement endorsement) {
        return new EndorsementResponse(endorsement.id().toString(), endorsement.status().name(),
                new Endorser(endorsement.endorser().toString(), endorsement.endorserName().orElse("")),
                endorsement.endorsed().toString(), endorsement.eventId().toString(),
                endorsement.eventTitle().orElse(null), endorsement.topics(), endorsement.note(),
                Times.utc(endorsement.createdAt()), endorsement.decidedAt().map(Times::utc).orElse(null));
    }
}
