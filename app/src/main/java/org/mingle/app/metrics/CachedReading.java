package org.mingle.app.metrics;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code maxAge}: a scrape reads several gauges of one query, and several scrapers may
 * ask within a second; the database is asked once. A failed read gives {@code null}, and is tried again next time.
 */
final class CachedReading<T> {

    private final Supplier<T> read;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private T value;
    private long readAt;
    private boolean fresh;

    CachedReading(Supplier<T> read, Duration maxAge, LongSupplier nanoTime) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    synchronized T get() {
        long now = nanoTime.getAsLong();
        if (!fresh || now - readAt >= maxAgeNanos) {
            try {
                value = read.get();
                readAt = now;
                fresh = true;
            } catch (RuntimeException unreadable) {
                fresh = false;
                return null;
            }
        }
        return value;
    }
}
