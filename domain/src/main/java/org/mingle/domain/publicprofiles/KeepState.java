package org.mingle.domain.publicprofiles;

/** Where an event stands for one person's public record, for the "Add to profile" button. */
public enum KeepState {
    /** The person did not attend it (yet): nothing to offer. */
    NOT_ATTENDED,
    /** Attended and not on the record: "Add to profile". */
    KEEPABLE,
    /** On the record: "Remove from profile". */
    KEPT
}
