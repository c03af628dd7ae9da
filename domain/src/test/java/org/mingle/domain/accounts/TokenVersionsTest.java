package org.mingle.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mingle.domain.shared.AccountId;

class TokenVersionsTest {

    private final TokenVersions versions = new TokenVersions();
    private final AtomicInteger reads = new AtomicInteger();
    private final AccountId ana = new AccountId(new UUID(0, 1));
    private final AccountId ben = new AccountId(new UUID(0, 2));

    private OptionalInt read(AccountId account) {
        reads.incrementAndGet();
        return account.equals(ana) ? OptionalInt.of(reads.get()) : OptionalInt.empty();
    }

    @Test
    void aVersionReadJustNowIsAnsweredFromMemoryEachAccountOnItsOwn() {
        assertThat(versions.of(ana, this::read)).hasValue(1);
        assertThat(versions.of(ana, this::read)).hasValue(1);
        assertThat(versions.of(ben, this::read)).isEmpty();
        assertThat(versions.of(ben, this::read)).isEmpty();

        assertThat(reads).hasValue(2);
    }

    @Test
    void aForgottenAccountIsReadAgainAtOnce() {
        versions.of(ana, this::read);

        versions.forget(ana);

        assertThat(versions.of(ana, this::read)).hasValue(2);
    }

    @Test
    void aVersionIsReadAgainAfterASecond() throws InterruptedException {
        versions.of(ana, this::read);

        Thread.sleep(TokenVersions.FOR.toMillis() + 50);

        assertThat(versions.of(ana, this::read)).hasValue(2);
    }
}
