package org.mingle.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code Retry-After} is whole seconds: rounded up, so that a client waiting exactly that long is let in. */
class RetryAfterTest {

    @ParameterizedTest(name = "{0} ms -> {1} s")
    @CsvSource({"0, 1", "1, 1", "999, 1", "1000, 1", "1001, 2", "899100, 900", "900000, 900"})
    void roundsUpToWholeSecondsAndIsAtLeastOne(long millis, long seconds) {
        assertThat(DomainExceptionHandler.retryAfterSeconds(Duration.ofMillis(millis))).isEqualTo(seconds);
    }
}
