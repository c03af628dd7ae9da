package org.mingle.api.agenda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.mingle.domain.agenda.TalkInput;

/**
 * The body of {@code POST /api/events/{id}/agenda} and {@code PUT .../agenda/{talkId}}. Every field may be missing or
 * wrong here: the domain checks them all at once and names each refused field. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "TalkRequest", requiredProperties = {"title", "startsAt", "endsAt"})
public record TalkRequest(
        @Schema(maxLength = 200, example = "Storing the sun: grid batteries in 2027") @Nullable String title,
        @JsonProperty("abstract")
        @Schema(maxLength = 2000, description = "what the talk is about; line breaks allowed")
        @Nullable String abstractText,
        @Schema(example = "2026-12-03T18:30:00+01:00", description = "not before the event starts")
        @Nullable Instant startsAt,
        @Schema(example = "2026-12-03T19:00:00+01:00", description = "after startsAt, not after the event ends")
        @Nullable Instant endsAt,
        @Schema(maxLength = 100, example = "Hall A",
                description = "where; one room holds one talk at a time (409 otherwise)")
        @Nullable String room,
        @ArraySchema(maxItems = 10, arraySchema = @Schema(description = """
                speakers with a Mingle account, by account id; at most 10 speakers with the guests"""),
                schema = @Schema(format = "uuid"))
        @Nullable List<String> speakerIds,
        @ArraySchema(maxItems = 10, arraySchema = @Schema(description = "names of speakers without an account"),
                schema = @Schema(maxLength = 100, example = "Greta Guest"))
        @Nullable List<String> guestSpeakers) {

    static final List<String> TEXT_FIELDS = List.of("title", "abstract", "room");
    static final List<String> TEXT_ARRAYS = List.of("speakerIds", "guestSpeakers");

    TalkInput toInput() {
        return new TalkInput(title, abstractText, startsAt, endsAt, room, speakerIds, guestSpeakers);
    }
}
