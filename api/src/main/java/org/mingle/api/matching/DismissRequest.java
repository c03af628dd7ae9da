package org.mingle.api.matching;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import org.mingle.domain.matching.DismissalReason;

/**
 * The body of {@code POST /api/events/{id}/recommendations/{accountId}/dismiss}. The reason is read here rather than by
 * the JSON mapper: a missing or unknown reason goes to the domain as none, which refuses it naming the reasons.
 * Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "DismissRequest", requiredProperties = {"reason"})
public record DismissRequest(
        @Schema(allOf = DismissalReason.class, description = """
                NOT_RELEVANT: interests shared with two or more people passed on as not relevant weigh less; \
                ALREADY_KNOW: people at the same company rank lower; NOT_NOW: only hides the person""")
        @Nullable String reason) {

    static final List<String> TEXT_FIELDS = List.of("reason");

    /** The reason, or {@code null} when missing or unknown. */
    @Nullable
    DismissalReason dismissalReason() {
        if (reason == null) {
            return null;
        }
        return Arrays.stream(DismissalReason.values()).filter(r -> r.name().equals(reason.strip())).findFirst()
                .orElse(null);
    }
}
