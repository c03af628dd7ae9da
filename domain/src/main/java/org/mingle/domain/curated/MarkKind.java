package org.mingle.domain.curated;

/** What one attendee privately says about meeting another at a curated event. */
public enum MarkKind {
    /** Schedule us together if at all possible. */
    MUST_MEET,
    /** Never schedule us together. The other person is never told. */
    NO_THANKS;

    /** How many people one attendee may mark this way at one event: wishes are scarce so they mean something. */
    public int limit() {
        return this == MUST_MEET ? 10 : 50;
    }
}
