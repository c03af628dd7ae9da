package org.mingle.domain.moderation;

/** Where a report stands: open until an administrator unlists its subject or dismisses it. */
public enum ReportStatus {
    OPEN, UNLISTED, DISMISSED
}
