package org.mingle.api.moderation;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.moderation.ContentReport;
import org.mingle.domain.moderation.ReportStatus;

/** A report just filed, as its reporter sees it. */
@Serdeable.Serializable
@Schema(name = "AbuseReportCreated", requiredProperties = {"id", "status"})
public record AbuseReportCreatedResponse(
        @Schema(format = "uuid") String id,
        @Schema(allOf = ReportStatus.class) String status) {

    static AbuseReportCreatedResponse of(ContentReport report) {
        return new AbuseReportCreatedResponse(report.id().toString(), report.status().name());
    }
}
