package org.mingle.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private final LoginThrottlePolicy policy = new LoginThrottlePolicy(3, Duration.ofMinutes(10), Duration.ofMinutes(5));

    @Test
    void blocksOnceTheLimitIsReachedWithinTheWindow() {
        var state = LoginThrottlePolicy.State.fresh(T0);
        state = policy.afterFailure(state, T0);
        state = policy.afterFailure(state, T0.plusSeconds(10));
        assertThat(policy.waitBefore(state, T0.plusSeconds(11))).isZero();

        state = policy.afterFailure(state, T0.plusSeconds(20));

        assertThat(policy.waitBefore(state, T0.plusSeconds(20))).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.waitBefore(state, T0.plusSeconds(80))).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.waitBefore(state, T0.plusSeconds(320))).isZero();
    }

    @Test
    void failuresInAnEarlierWindowDoNotCount() {
        var state = policy.afterFailure(policy.afterFailure(LoginThrottlePolicy.State.fresh(T0), T0), T0);

        state = policy.afterFailure(state, T0.plus(Duration.ofMinutes(11)));

        assertThat(state.failures()).isEqualTo(1);
        assertThat(policy.waitBefore(state, T0.plus(Duration.ofMinutes(11)))).isZero();
    }
}
