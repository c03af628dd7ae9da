package org.mingle.domain.profiles;

import java.util.Locale;

/** How far into their career a person is. */
public enum Seniority {
    STUDENT, JUNIOR, MID, SENIOR, LEAD, EXECUTIVE;

    /** A readable form, e.g. "senior". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
