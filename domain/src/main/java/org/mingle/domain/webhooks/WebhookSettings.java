package org.mingle.domain.webhooks;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * {@code MINGLE_WEBHOOKS_ALLOW_PRIVATE} ({@code mingle.webhooks.allow-private}, default false): whether webhooks may
 * post to loopback, private and other non-public addresses, for a Mingle and its receivers on one private network.
 * {@code mingle.webhooks.retry-delay} (default 30 s): the wait before the first retry; each later one waits four
 * times longer, up to {@link RetrySchedule#LONGEST_WAIT}.
 */
@Singleton
class WebhookSettings {

    private final boolean allowPrivate;
    private final Duration firstRetryDelay;

    WebhookSettings(@Value("${mingle.webhooks.allow-private:false}") boolean allowPrivate,
                    @Value("${mingle.webhooks.retry-delay:30s}") Duration firstRetryDelay) {
        this.allowPrivate = allowPrivate;
        this.firstRetryDelay = firstRetryDelay;
    }

    boolean allowPrivate() {
        return allowPrivate;
    }

    Duration firstRetryDelay() {
        return firstRetryDelay;
    }
}
