package org.mingle.domain.moderation;

/** Why someone reports an event or a group. */
public enum ReportReason {
    /** Advertising or anything unrelated posted to reach people. */
    SPAM,
    /** Not a real event: a test, a placeholder, a hoax. */
    FAKE_OR_TEST,
    /** Offensive, hateful or illegal content. */
    OFFENSIVE,
    /** Something else, which the details explain. */
    OTHER
}
