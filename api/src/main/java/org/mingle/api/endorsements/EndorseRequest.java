package org.mingle.api.endorsements;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of {@code POST /api/me/connections/{cid}/endorsements}. The domain checks the topics against the other
 * person's interests and the note's length, naming the field; unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "EndorseRequest", requiredProperties = {"topics"})
public record EndorseRequest(
        @ArraySchema(minItems = 1, maxItems = 3, uniqueItems = true,
                schema = @Schema(example = "battery storage"),
                arraySchema = @Schema(description = """
                        one to three of the other person's interests, among those they let the caller see; \
                        case and accents are ignored"""))
        @Nullable List<String> topics,
        @Schema(maxLength = 280, description = "what the caller saw them do; line breaks allowed",
                example = "Ran the battery pilot we visited.") @Nullable String note) {

    static final List<String> TEXT_FIELDS = List.of("note");
    static final List<String> TEXT_ARRAYS = List.of("topics");
}
