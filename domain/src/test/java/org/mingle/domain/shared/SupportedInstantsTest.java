package org.mingle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupportedInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2026-12-03T18:30:00Z", "9999-12-31T23:59:59Z"})
    void instantsFrom1970ToTheEndOfYear9999AreSupported(String text) {
        List<FieldError> errors = new ArrayList<>();

        assertThat(SupportedInstants.check("startsAt", Instant.parse(text), errors)).isTrue();
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1969-12-31T23:59:59Z", "9999-12-31T23:59:59.000001Z", "+10000-01-01T00:00:00Z",
            "+294277-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z"})
    void instantsOutsideAreRefusedNamingTheField(String text) {
        List<FieldError> errors = new ArrayList<>();

        assertThat(SupportedInstants.check("endsAt", Instant.parse(text), errors)).isFalse();
        assertThat(errors).containsExactly(new FieldError("endsAt",
                "must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z"));
        assertThatThrownBy(() -> SupportedInstants.requireSupported("from", Instant.parse(text)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("from: must be between");
    }

    @Test
    void aMissingInstantIsLeftToTheFieldsOwnRule() {
        assertThat(SupportedInstants.check("registrationClosesAt", null, new ArrayList<>())).isTrue();
        assertThat(SupportedInstants.requireSupported("to", null)).isNull();
    }
}
