package org.mingle.domain.moderation;

/** What a report is about. */
public enum SubjectKind {
    EVENT, GROUP
}
