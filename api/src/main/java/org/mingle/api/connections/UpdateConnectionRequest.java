package org.mingle.api.connections;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.connections.NotesPatch;
import org.mingle.domain.connections.Outcome;

/**
 * The body of {@code PATCH /api/me/connections/{cid}}: a JSON merge patch (RFC 7396) of the caller's private notes. A
 * field left out stays as it is, a field sent as {@code null} is cleared. Values stay text here so that the domain
 * checks every field at once and names each one it refuses. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "UpdateConnectionRequest", description = """
        The private notes to change: a field left out stays as it is; `null` clears it (`tags` to none, \
        `followUp` to NONE).""")
public record UpdateConnectionRequest(
        @Schema(maxLength = 2000, nullable = true, example = "Runs the heat pump pilot in Leipzig; send the deck.")
        @Nullable String note,
        @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 40, example = "hiring"),
                arraySchema = @Schema(nullable = true,
                        description = "replaces the tags; trimmed and deduplicated ignoring case"))
        @Nullable List<String> tags,
        @Schema(allOf = FollowUp.class, nullable = true)
        @Nullable String followUp,
        @Schema(format = "date", nullable = true, example = "2026-12-10",
                description = "the day to be reminded, from 2000-01-01 to 2100-12-31")
        @Nullable String remindAt,
        @Schema(allOf = Outcome.class, nullable = true)
        @Nullable String outcome) {

    /** The fields of the body that hold text, which {@code JsonBodies#requireText} checks as sent. */
    static final List<String> TEXT_FIELDS = List.of("note", "followUp", "remindAt", "outcome");
    static final List<String> TEXT_ARRAY_FIELDS = List.of("tags");

    /**
     * The patch as the domain takes it, from the body's fields as sent (already checked to be text, see
     * {@link #TEXT_FIELDS}): a field left out is {@code null} (unchanged), JSON {@code null} an empty {@code Optional}
     * (cleared), anything else the value for the domain to check and set.
     */
    @SuppressWarnings({"OptionalUsedAsFieldOrParameterType", "unchecked"})
    static NotesPatch patch(Map<String, Object> sent) {
        return new NotesPatch(
                sent(sent, "note", String.class),
                (Optional<List<String>>) (Optional<?>) sent(sent, "tags", List.class),
                sent(sent, "followUp", String.class),
                sent(sent, "remindAt", String.class),
                sent(sent, "outcome", String.class));
    }

    /** {@code null} when the field was left out, empty when sent as JSON null, else its value. */
    @SuppressWarnings("OptionalAssignedToNull")
    private static <T> Optional<T> sent(Map<String, Object> fields, String name, Class<T> type) {
        if (!fields.containsKey(name)) {
            return null;
        }
        return Optional.ofNullable(fields.get(name)).map(type::cast);
    }
}
