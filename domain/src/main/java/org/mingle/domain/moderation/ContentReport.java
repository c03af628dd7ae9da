package org.mingle.domain.moderation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;

/**
 * A report of an event or a group, as administrators see it.
 *
 * @param subjectTitle the event's title or the group's name; empty where unknown (the subject no longer exists)
 * @param reporter     empty once the reporter erased their account
 * @param reporterName the reporter's display name, empty once erased
 * @param details      what the reporter added, possibly blank
 */
public record ContentReport(
        ContentReportId id,
        SubjectKind subjectKind,
        UUID subjectId,
        Optional<String> subjectTitle,
        Optional<AccountId> reporter,
        Optional<String> reporterName,
        ReportReason reason,
        String details,
        ReportStatus status,
        Instant createdAt,
        Optional<AccountId> resolvedBy,
        Optional<Instant> resolvedAt) {

    public ContentReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    ContentReport named(Optional<String> title, Optional<String> name) {
        return new ContentReport(id, subjectKind, subjectId, title, reporter, name, reason, details, status, createdAt,
                resolvedBy, resolvedAt);
    }
}
