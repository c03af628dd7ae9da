package org.mingle.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedReadingTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void readsOncePerMaxAge() {
        var reading = new CachedReading<>(reads::incrementAndGet, Duration.ofSeconds(5), now::get);

        assertThat(reading.get()).isEqualTo(1);
        now.addAndGet(Duration.ofMillis(4999).toNanos());
        assertThat(reading.get()).as("still fresh").isEqualTo(1);
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(reading.get()).as("read again").isEqualTo(2);
    }

    @Test
    void aFailedReadGivesNothingAndIsTriedAgainAtOnce() {
        var failing = new AtomicInteger(1);
        var reading = new CachedReading<>(() -> {
            if (failing.getAndDecrement() > 0) {
                throw new IllegalStateException("database away");
            }
            return reads.incrementAndGet();
        }, Duration.ofSeconds(5), now::get);

        assertThat(reading.get()).isNull();
        assertThat(reading.get()).isEqualTo(1);
    }

    @Test
    void withoutMaxAgeEveryCallReads() {
        var reading = new CachedReading<>(reads::incrementAndGet, Duration.ZERO, now::get);

        assertThat(reading.get()).isEqualTo(1);
        assertThat(reading.get()).isEqualTo(2);
    }
}
