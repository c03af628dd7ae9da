package org.mingle.domain.matching;

/** The fields of a networking profile that matching may use, each with its own visibility. */
public enum ProfileField {
    INTERESTS, SEEKING, OFFERING, INDUSTRY, SENIORITY, COMPANY
}
