package org.mingle.domain.matching;

import java.util.Objects;
import org.mingle.domain.events.EarlierEvent;

/**
 * One readable reason why a person is recommended. {@code metAt} is the earlier event of a {@link Kind#MET_BEFORE}
 * reason (null for the other kinds), so a screen can word the reason in its own language.
 */
public record Reason(Kind kind, String detail, EarlierEvent metAt) {

    public enum Kind {
        SHARED_INTEREST, COMPLEMENTARY_GOAL, NEW_PERSPECTIVE,
        /** The two connected at an earlier event of the same group or series; it explains and adds no score. */
        MET_BEFORE,
        /** What the viewer's "not for me" taught lowered this person's score (decision 53). */
        LEARNED
    }

    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if ((kind == Kind.MET_BEFORE) != (metAt != null)) {
            throw new IllegalArgumentException("an earlier event goes with a MET_BEFORE reason, and only with it");
        }
    }

    public Reason(Kind kind, String detail) {
        this(kind, detail, null);
    }

    /** The reason for two people who connected at the earlier event. */
    public static Reason metBefore(EarlierEvent event) {
        return new Reason(Kind.MET_BEFORE, "You met at " + event.title(), event);
    }
}
