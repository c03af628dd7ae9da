package org.mingle.domain.matching;

/** One readable reason why a person is recommended. */
public record Reason(Kind kind, String detail) {

    public enum Kind {
        SHARED_INTEREST, COMPLEMENTARY_GOAL, NEW_PERSPECTIVE
    }
}
