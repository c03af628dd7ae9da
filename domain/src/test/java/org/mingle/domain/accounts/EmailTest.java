package org.mingle.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @ParameterizedTest
    @CsvSource({"' Ada@Example.COM ',ada@example.com", "grace.hopper+events@navy.mil,grace.hopper+events@navy.mil"})
    void normalisesCaseAndSpace(String typed, String stored) {
        assertThat(Email.parse(typed)).hasValueSatisfying(email -> assertThat(email.value()).isEqualTo(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ada", "ada@", "@example.com", "ada@example", "a da@example.com",
        "ada@@example.com", "ada@example..com", "ada\u0000@example.com", "ada@exam\u0085ple.com",
        "ada\uD800@example.com"})
    void refusesWhatCannotBeAnAddress(String typed) {
        assertThat(Email.parse(typed)).isEmpty();
    }
}
