package org.mingle.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private final AttemptLimit limit = new AttemptLimit(3, Duration.ofMinutes(10), Duration.ofMinutes(5));

    @Test
    void aLimitBlocksOnceReachedWithinTheWindow() {
        var count = ThrottleCount.none(T0);
        count = limit.afterAttempt(count, T0);
        count = limit.afterAttempt(count, T0.plusSeconds(10));
        assertThat(limit.waitBefore(count, T0.plusSeconds(11))).isZero();

        count = limit.afterAttempt(count, T0.plusSeconds(20));

        assertThat(limit.waitBefore(count, T0.plusSeconds(20))).isEqualTo(Duration.ofMinutes(5));
        assertThat(limit.waitBefore(count, T0.plusSeconds(80))).isEqualTo(Duration.ofMinutes(4));
        assertThat(limit.waitBefore(count, T0.plusSeconds(320))).isZero();
    }

    @Test
    void attemptsInAnEarlierWindowDoNotCount() {
        var count = limit.afterAttempt(limit.afterAttempt(ThrottleCount.none(T0), T0), T0);

        count = limit.afterAttempt(count, T0.plus(Duration.ofMinutes(11)));

        assertThat(count.attempts()).isEqualTo(1);
        assertThat(limit.waitBefore(count, T0.plus(Duration.ofMinutes(11)))).isZero();
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        var blocked = limit.afterAttempt(limit.afterAttempt(limit.afterAttempt(ThrottleCount.none(T0), T0), T0), T0);

        assertThat(limit.afterAttempt(blocked, T0.plusSeconds(60))).isEqualTo(blocked);
    }

    @Test
    void attemptsStillBeingCheckedCountAgainstTheLimitButOnlyAskForAShortWait() {
        var failures = new ThrottleCount(3, T0, null);
        var pending = new ThrottleCount(2, T0, null);
        var none = ThrottleCount.none(T0);

        var decision = LoginThrottlePolicy.decide(failures, pending, none, none, none, T0);

        assertThat(decision.refusedFor()).isEqualTo(LoginThrottlePolicy.PENDING_RETRY);
        assertThat(LoginThrottlePolicy.decide(failures, pending.minusOne(T0), none, none, none, T0).refused())
                .as("one answered").isFalse();
        assertThat(LoginThrottlePolicy.decide(failures, pending, none, none, none,
                T0.plus(LoginThrottlePolicy.PENDING_WINDOW)).refused()).as("stale pending forgotten").isFalse();
        assertThat(pending.minusOne(T0.minusSeconds(60))).as("pending in an earlier window").isEqualTo(pending);
    }

    @Test
    void theAccountSlowDownGrowsToItsCapAndNeverRefuses() {
        var slowDown = LoginThrottlePolicy.PER_ACCOUNT;
        var failures = ThrottleCount.none(T0);
        for (int i = 0; i < slowDown.freeFailures(); i++) {
            assertThat(slowDown.delay(failures, T0)).isZero();
            failures = slowDown.afterFailure(failures, T0);
        }
        assertThat(slowDown.delay(failures, T0)).isEqualTo(Duration.ofMillis(250));
        failures = slowDown.afterFailure(failures, T0);
        assertThat(slowDown.delay(failures, T0)).isEqualTo(Duration.ofMillis(500));
        for (int i = 0; i < 1000; i++) {
            failures = slowDown.afterFailure(failures, T0);
        }
        assertThat(slowDown.delay(failures, T0)).isEqualTo(Duration.ofSeconds(3));
        assertThat(slowDown.delay(failures, T0.plus(Duration.ofMinutes(15)))).as("window passed").isZero();
    }

    @Test
    void failuresAtAnAccountFromEverywhereSlowDownButNeverRefuseAFreshClient() {
        var manyFailures = new ThrottleCount(500, T0, null);

        var none = ThrottleCount.none(T0);
        var decision = LoginThrottlePolicy.decide(none, none, none, none, manyFailures, T0);

        assertThat(decision.refused()).isFalse();
        assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aBlockedPairOrClientIsRefusedForTheLongerWait() {
        var pair = new ThrottleCount(5, T0, T0.plus(Duration.ofMinutes(15)));
        var client = new ThrottleCount(50, T0, T0.plus(Duration.ofMinutes(10)));
        var none = ThrottleCount.none(T0);

        assertThat(LoginThrottlePolicy.decide(pair, none, none, none, none, T0).refusedFor())
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottlePolicy.decide(none, none, client, none, none, T0).refusedFor())
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(LoginThrottlePolicy.decide(pair, none, client, none, none, T0).delay()).isZero();
    }

    @Test
    void anIpv6NetworkCountsAsOneClient() {
        assertThat(LoginThrottlePolicy.client("2001:db8:1:2:aaaa::1"))
                .isEqualTo(LoginThrottlePolicy.client("2001:DB8:1:2:bbbb:cccc:dddd:eeee"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(LoginThrottlePolicy.client("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
        assertThat(LoginThrottlePolicy.client("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(LoginThrottlePolicy.client(" 198.51.100.7 ")).isEqualTo("198.51.100.7");
        assertThat(LoginThrottlePolicy.client(null)).isEqualTo("unknown");
    }
}
