package org.mingle.domain.publicprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HandleRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada", "grace-hopper", "a1b", "x-2-y", "abcdefghijklmnopqrstuvwxyz0123", "007"})
    void acceptsThreeToThirtyOfLettersDigitsAndSingleDashes(String handle) {
        assertThat(HandleRules.problem(handle)).isEmpty();
        assertThat(HandleRules.isHandle(handle)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ab|must be 3 to 30 characters",
            "abcdefghijklmnopqrstuvwxyz01234|must be 3 to 30 characters",
            "-ada|may contain only a-z, 0-9 and dashes, and must start and end with a letter or digit",
            "ada-|may contain only a-z, 0-9 and dashes, and must start and end with a letter or digit",
            "ada_lovelace|may contain only a-z, 0-9 and dashes, and must start and end with a letter or digit",
            "ada.l|may contain only a-z, 0-9 and dashes, and must start and end with a letter or digit",
            "zoë|may contain only a-z, 0-9 and dashes, and must start and end with a letter or digit",
            "ada lovelace|may contain only a-z, 0-9 and dashes, and must start and end with a letter or digit",
            "ada--l|must not contain two dashes in a row",
            "admin|is reserved; choose another",
            "support|is reserved; choose another",
            "mingle|is reserved; choose another"})
    void refusesWithAReason(String handle, String reason) {
        assertThat(HandleRules.problem(handle)).contains(reason);
        assertThat(HandleRules.isHandle(handle)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"Grace-Hopper,grace-hopper", "'  ADA  ',ada", "admin-anna,admin-anna"})
    void foldsCapitalsAndDropsSurroundingSpaces(String typed, String stored) {
        assertThat(HandleRules.normalise(typed)).isEqualTo(stored);
        assertThat(HandleRules.problem(stored)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADA", "Grace-Hopper"})
    void anAddressWithCapitalsIsNoHandleAsItStands(String text) {
        // The service normalises first; the rule itself sees the stored form only.
        assertThat(HandleRules.isHandle(text)).isFalse();
    }
}
