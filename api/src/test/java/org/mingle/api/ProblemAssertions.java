package org.mingle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** What must never appear in an error response. */
final class ProblemAssertions {

    /** A fully qualified Java name such as {@code java.lang.Integer} or {@code org.mingle.api.events.X}. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(java|javax|jakarta|io|org|com)\\.[a-z]+\\.[A-Za-z.]+");

    private ProblemAssertions() {
    }

    static void assertLeaksNothing(String body) {
        assertThat(body).doesNotContain("Exception", "\tat ", ".java:", "Caused by", "SELECT ", "select ", "Argument");
        assertThat(JAVA_NAME.matcher(body).find()).as("Java class name in %s", body).isFalse();
    }
}
