package org.mingle.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void acceptsALongUnusualPassphrase() {
        assertThat(PasswordPolicy.check("tangerine orbit maple 1987", "ada@example.com", "Ada Lovelace")).isEmpty();
    }

    @Test
    void acceptsAVeryLongPassphrase() {
        assertThat(PasswordPolicy.check("a sentence ".repeat(20), "ada@example.com", "Ada")).isEmpty();
    }

    @Test
    void refusesShortOnes() {
        assertThat(PasswordPolicy.check("Tr0ub4dor&3", "ada@example.com", "Ada"))
                .contains("must have at least 12 characters");
    }

    @Test
    void refusesAbsurdlyLongOnes() {
        assertThat(PasswordPolicy.check("x1".repeat(600), "ada@example.com", "Ada"))
                .contains("must have at most 1024 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordpassword", "1qaz2wsx3edc", "123qweasdzxc", "QWERTY123456", "aaaaaaaaaaaaaaa",
        "abababababababab"})
    void refusesCommonOnes(String common) {
        assertThat(PasswordPolicy.check(common, "ada@example.com", "Ada"))
                .contains("is too common; choose one that is harder to guess");
    }

    @Test
    void refusesTheEmailNameOrDisplayName() {
        assertThat(PasswordPolicy.check("lovelace-rules-2026", "lovelace@example.com", "Ada"))
                .contains("must not contain your email address or name");
        assertThat(PasswordPolicy.check("my name is ada lovelace", "ada@example.com", "Ada Lovelace"))
                .contains("must not contain your email address or name");
    }

    @Test
    void shipsAListOfCommonPasswords() {
        assertThat(PasswordPolicy.commonPasswordCount()).isGreaterThan(10_000);
    }
}
