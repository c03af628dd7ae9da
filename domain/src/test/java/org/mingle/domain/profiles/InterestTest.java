package org.mingle.domain.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingle.domain.shared.InvalidInputException;

class InterestTest {

    @ParameterizedTest
    @ValueSource(strings = {"  Climate   Tech ", "climate tech", "Clímate Tech", "CLIMATE\tTECH", "climate\u00a0tech"})
    void spellingsOfOneTagAreTheSameInterest(String typed) {
        Interest interest = Interest.of(typed);

        assertThat(interest).isEqualTo(Interest.of("Climate Tech")).hasSameHashCodeAs(Interest.of("Climate Tech"));
        assertThat(interest.key()).isEqualTo("climate tech");
    }

    @Test
    void keepsADisplayFormAndACaseFoldedForm() {
        Interest interest = Interest.of("  Clímate   Tech ");

        assertThat(interest.display()).isEqualTo("Clímate Tech");
        assertThat(interest.normalized()).isEqualTo("clímate tech");
        assertThat(interest.key()).isEqualTo("climate tech");
    }

    @Test
    void differentTagsDiffer() {
        assertThat(Interest.of("Climate Tech")).isNotEqualTo(Interest.of("ClimateTech"));
        assertThat(Interest.of("Rust")).isLessThan(Interest.of("rusty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesBlankTags(String typed) {
        assertThatThrownBy(() -> Interest.of(typed)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesOverlongTags() {
        assertThat(Interest.of("x".repeat(Interest.MAX_LENGTH)).key()).hasSize(Interest.MAX_LENGTH);
        assertThatThrownBy(() -> Interest.of("x".repeat(Interest.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
