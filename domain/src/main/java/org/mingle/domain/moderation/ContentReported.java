package org.mingle.domain.moderation;

import java.util.UUID;

/** Someone reported an event or a group: published in the reporting transaction, so administrators hear of it. */
public record ContentReported(ContentReportId report, SubjectKind kind, UUID subjectId, String subjectTitle,
                              ReportReason reason) {
}
