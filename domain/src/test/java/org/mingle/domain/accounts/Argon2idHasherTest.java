package org.mingle.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2idHasherTest {

    private final Argon2idHasher hasher = new Argon2idHasher(Argon2idHasher.OWASP_MINIMUM);

    @Test
    void verifiesTheRightPasswordOnly() {
        var hash = hasher.hash("tangerine orbit maple 1987");

        assertThat(hasher.verify("tangerine orbit maple 1987", hash)).isTrue();
        assertThat(hasher.verify("tangerine orbit maple 1988", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void storesOwaspParametersAndARandomSalt() {
        var first = hasher.hash("same password twice");
        var second = hasher.hash("same password twice");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
        assertThat(hasher.verify("same password twice", second)).isTrue();
    }

    @Test
    void verifiesHashesMadeWithOtherParameters() {
        var cheaper = new Argon2idHasher(new Argon2idHasher.Parameters(8_192, 1, 1)).hash("old but valid password");

        assertThat(hasher.verify("old but valid password", cheaper)).isTrue();
    }

    @Test
    void neverMatchesAMalformedHash() {
        assertThat(hasher.verify("anything", null)).isFalse();
        assertThat(hasher.verify("anything", "")).isFalse();
        assertThat(hasher.verify("anything", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    }
}
