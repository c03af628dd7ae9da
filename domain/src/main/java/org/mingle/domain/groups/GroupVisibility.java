package org.mingle.domain.groups;

/** Who sees a group. */
public enum GroupVisibility {
    /** Anyone, signed in or not; found by search. */
    PUBLIC,
    /** Members only, its events too; anyone else is told it does not exist. */
    PRIVATE
}
