package org.mingle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.domain.shared.TextRules.Lines;

class TextRulesTest {

    private static final String ROCKET = "\uD83D\uDE80"; // one character, two UTF-16 units

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F})
    void controlCharactersAreRefusedInEveryKindOfText(int control) {
        String text = "before" + (char) control + "after";

        assertThat(TextRules.characterProblem(text, Lines.SINGLE)).contains(TextRules.CONTROL_CHARACTERS);
        assertThat(TextRules.characterProblem(text, Lines.MULTIPLE)).contains(TextRules.CONTROL_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", "\n", "\r"})
    void tabsAndLineBreaksBelongOnlyInMultiLineText(String space) {
        String text = "first" + space + "second";

        assertThat(TextRules.characterProblem(text, Lines.MULTIPLE)).isEmpty();
        assertThat(TextRules.characterProblem(text, Lines.SINGLE)).contains(TextRules.CONTROL_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "\uDC00", "a\uD83D", "\uDE80b", "\uDE80\uD83D"})
    void unpairedSurrogatesAreRefused(String broken) {
        assertThat(TextRules.characterProblem(broken, Lines.MULTIPLE)).contains(TextRules.UNPAIRED_SURROGATES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Grüße aus Köln", "東京の夜", ROCKET + " launch", "\u00A0non-breaking", "a\u200Bb",
            "\uFFFD", "\u2028"})
    void anyOtherCharacterIsText(String text) {
        assertThat(TextRules.characterProblem(text, Lines.SINGLE)).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(TextRules.length(ROCKET.repeat(3))).isEqualTo(3);
        assertThat(TextRules.length("e\u0301")).isEqualTo(2); // a combining accent is a character of its own
    }

    @Test
    void anEmojiTextOfTheMaximumLengthPassesAndOneMoreIsRefused() {
        List<FieldError> errors = new ArrayList<>();

        assertThat(TextRules.check("title", ROCKET.repeat(200), 200, Lines.SINGLE, errors)).isTrue();
        assertThat(errors).isEmpty();

        assertThat(TextRules.check("title", ROCKET.repeat(201), 200, Lines.SINGLE, errors)).isFalse();
        assertThat(errors).containsExactly(new FieldError("title", "must be at most 200 characters"));
    }

    @Test
    void checkNamesTheFieldWithTheCharacterProblem() {
        List<FieldError> errors = new ArrayList<>();

        TextRules.check("venue", "Hall\u0000A", 300, Lines.SINGLE, errors);

        assertThat(errors).containsExactly(new FieldError("venue", TextRules.CONTROL_CHARACTERS));
    }

    @Test
    void requireValidRefusesWithTheFieldAndLetsNullPass() {
        assertThat(TextRules.requireValid("q", null)).isNull();
        assertThat(TextRules.requireValid("q", "climate tech")).isEqualTo("climate tech");
        assertThatThrownBy(() -> TextRules.requireValid("q", "\u0000"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("q", TextRules.CONTROL_CHARACTERS)));
    }

    @Test
    void truncationNeverCutsACharacterInHalf() {
        String text = "ab" + ROCKET + ROCKET;

        assertThat(TextRules.truncate(text, 3)).isEqualTo("ab" + ROCKET);
        assertThat(TextRules.truncate(text, 4)).isSameAs(text);
        assertThat(TextRules.truncate(null, 4)).isNull();
    }
}
