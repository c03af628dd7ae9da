package org.mingle.domain.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An event or a group with its open reports, for the administration page.
 *
 * @param title      the subject's title or name; empty when it no longer exists
 * @param unlistedAt when an administrator unlisted it; empty while it is listed
 * @param reports    its open reports, oldest first
 */
public record ReportedSubject(SubjectKind kind, UUID id, Optional<String> title, Optional<Instant> unlistedAt,
                              List<ContentReport> reports) {

    public ReportedSubject {
        reports = List.copyOf(reports);
    }
}
