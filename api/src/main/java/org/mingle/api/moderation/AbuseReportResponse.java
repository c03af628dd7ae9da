package org.mingle.api.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.responses.Times;
import org.mingle.domain.moderation.ContentReport;
import org.mingle.domain.moderation.ReportReason;
import org.mingle.domain.moderation.ReportStatus;
import org.mingle.domain.moderation.SubjectKind;

/** A report as administrators see it. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AbuseReport", requiredProperties = {"id", "subject", "reason", "details", "status", "createdAt"})
public record AbuseReportResponse(
        @Schema(format = "uuid") String id,
        Subject subject,
        @Schema(description = "who reported it; null once they erased their account") @Nullable Reporter reporter,
        @Schema(allOf = ReportReason.class) String reason,
        @Schema(description = "what the reporter added; may be empty") String details,
        @Schema(allOf = ReportStatus.class) String status,
        @Schema(format = "date-time") String createdAt,
        @Schema(format = "date-time", description = "when an administrator unlisted the subject or dismissed the "
                + "report; null while open") @Nullable String resolvedAt) {

    /** What was reported. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AbuseReportSubject", requiredProperties = {"kind", "id"})
    public record Subject(
            @Schema(allOf = SubjectKind.class) String kind,
            @Schema(format = "uuid") String id,
            @Schema(description = "the event's title or the group's name; null when it no longer exists")
            @Nullable String title) {
    }

    /** Who reported it. */
    @Serdeable.Serializable
    @Schema(name = "AbuseReporter", requiredProperties = {"id", "displayName"})
    public record Reporter(@Schema(format = "uuid") String id, String displayName) {
    }

    static AbuseReportResponse of(ContentReport report) {
        var reporter = report.reporter().map(id -> new Reporter(id.toString(),
                report.reporterName().orElse(""))).orElse(null);
        return new AbuseReportResponse(report.id().toString(),
                new Subject(report.subjectKind().name(), report.subjectId().toString(),
                        report.subjectTitle().orElse(null)),
                reporter, report.reason().name(), report.details(), report.status().name(),
                Times.utc(report.createdAt()), report.resolvedAt().map(Times::utc).orElse(null));
    }
}
