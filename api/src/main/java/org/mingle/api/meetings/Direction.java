package org.mingle.api.meetings;

/** Which way a request goes, seen from the caller. */
public enum Direction {
    /** Someone asked the caller. */
    INCOMING,
    /** The caller asked someone. */
    OUTGOING;

    static Direction of(boolean incoming) {
        return incoming ? INCOMING : OUTGOING;
    }
}
