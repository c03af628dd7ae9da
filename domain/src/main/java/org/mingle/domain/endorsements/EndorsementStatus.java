package org.mingle.domain.endorsements;

/**
 * Where an endorsement stands with the person endorsed: only {@link #APPROVED} ones show anywhere, and {@link #HIDDEN}
 * ones never again (the endorser is not told either way).
 */
public enum EndorsementStatus {
    PENDING,
    APPROVED,
    HIDDEN
}
