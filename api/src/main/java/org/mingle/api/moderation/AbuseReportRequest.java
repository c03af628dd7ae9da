package org.mingle.api.moderation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import org.mingle.domain.moderation.ReportReason;

/**
 * The body of {@code POST /api/events/{id}/abuse-reports}. The reason is read here rather than by the JSON mapper: an
 * unknown reason goes to the domain as none, which refuses it naming the reasons. Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "AbuseReportRequest", requiredProperties = {"reason"})
public record AbuseReportRequest(
        @Schema(allOf = ReportReason.class) @Nullable String reason,
        @Schema(maxLength = 1000, description = "what the administrators should know; line breaks allowed",
                example = "The title says it is a test.") @Nullable String details) {

    static final List<String> TEXT_FIELDS = List.of("reason", "details");

    /** The reason, or {@code null} when missing or unknown. */
    @Nullable
    ReportReason reportReason() {
        if (reason == null) {
            return null;
        }
        return Arrays.stream(ReportReason.values()).filter(r -> r.name().equals(reason.strip())).findFirst()
                .orElse(null);
    }
}
