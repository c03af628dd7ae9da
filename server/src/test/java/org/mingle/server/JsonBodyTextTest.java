package org.mingle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.server.ProblemDocuments.FieldProblem;

class JsonBodyTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"title\": \"a\\u0000\"}                          | title",
            "{\"interests\": [\"a\", \"b\", \"\\u0000\"]}       | interests[2]",
            "{\"a\": [{\"b\": {\"c\": \"\\u0001\"}}]}           | a[0].b.c",
            "[[\"fine\", \"\\u007f\"]]                          | [0][1]",
            "\"\\u0000\"                                        | body"})
    void namesEachRefusedStringByItsPath(String json, String field) throws Exception {
        assertThat(JsonBodyText.problems(json)).extracting(FieldProblem::field).containsExactly(field);
    }

    @Test
    void aRefusedFieldNameIsReportedAtItsObjectAndNeverEchoed() throws Exception {
        var problems = JsonBodyText.problems("{\"visibility\": {\"b\\u0000\": {\"x\": \"\\u0000\"}}}");

        assertThat(problems).containsExactly(
                new FieldProblem("visibility", "must not have field names that contain control characters"),
                new FieldProblem("visibility.?.x", "must not contain control characters"));
    }

    @Test
    void textWithTabsLineBreaksAndAnyCharacterPasses() throws Exception {
        assertThat(JsonBodyText.problems("{\"bio\": \"Line\\nnext\\tcol\\r\\n\\ud83d\\ude80 \\u00e9 \\u2028\", "
                + "\"n\": 1, \"ok\": true, \"none\": null}")).isEmpty();
    }

    @Test
    void atMostTwentyProblemsAreReported() throws Exception {
        String many = "[" + "\"\\u0000\",".repeat(100) + "\"\\u0000\"]";

        assertThat(JsonBodyText.problems(many)).hasSize(JsonBodyText.MAX_PROBLEMS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\": ", "{'a': 1}", "{\"a\": \"raw\ttab\"}", "{\"a\": 1}}"})
    void textThatIsNoJsonIsSaidToBeSo(String text) {
        assertThatThrownBy(() -> JsonBodyText.problems(text)).isInstanceOf(JsonBodyText.NotJsonException.class);
    }

    @ParameterizedTest
    @CsvSource({"caf%C3%A9+au+lait, café au lait", "%F0%9F%9A%80, \uD83D\uDE80", "a%2Fb, a/b"})
    void percentEncodedUtf8IsDecoded(String raw, String decoded) throws Exception {
        assertThat(RequestText.decodeComponent(raw, true)).isEqualTo(decoded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%4", "%zz", "%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "caf\u00e9", "a b"})
    void anythingElseIsMalformed(String raw) {
        assertThatThrownBy(() -> RequestText.decodeComponent(raw, true))
                .isInstanceOf(RequestText.MalformedTextException.class);
    }
}
