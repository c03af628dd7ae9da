package org.mingle.api.meetings;

/** What one of a meeting's two people answered to "Did you meet?". */
public enum HeldAnswer {
    /** The two met. */
    WE_MET,
    /** The other person did not come. */
    THEY_DID_NOT_SHOW;

    static HeldAnswer of(boolean met) {
        return met ? WE_MET : THEY_DID_NOT_SHOW;
    }
}
