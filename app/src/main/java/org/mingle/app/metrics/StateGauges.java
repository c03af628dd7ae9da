package org.mingle.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.mingle.domain.mail.MailOutbox;
import org.mingle.domain.matching.CachedModels;
import org.mingle.domain.matching.MatchingModels;
import org.mingle.domain.notifications.NotificationService;
import org.mingle.domain.shared.Backlog;
import org.mingle.domain.webhooks.WebhookService;

/**
 * Gauges of what stands at the time of a scrape: the outboxes' backlogs (mail, notifications, webhooks), asked of
 * the features that own them (one indexed query each, at most every {@link #MAX_AGE}), and the matching models held
 * in memory. A database that cannot be reached leaves the backlog gauges without a value (NaN) rather than failing
 * the scrape.
 */
@Context
class StateGauges {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    StateGauges(MeterRegistry registry, MailOutbox mail, NotificationService notifications, WebhookService webhooks,
                MatchingModels models, Clock clock) {
        backlog(registry, "mingle.mail.outbox", "mail waiting to be sent (first attempt or a retry)",
                new CachedReading<>(mail::backlog, MAX_AGE, System::nanoTime), clock);
        backlog(registry, "mingle.notifications.mail.due",
                "notifications whose mail is still to be queued, kept for the digest or left out",
                new CachedReading<>(notifications::mailBacklog, MAX_AGE, System::nanoTime), clock);
        backlog(registry, "mingle.webhooks.outbox",
                "webhook deliveries waiting to be posted (first attempt or a retry)",
                new CachedReading<>(webhooks::backlog, MAX_AGE, System::nanoTime), clock);

        // Memory only: read at every scrape, so a model built just before it is counted.
        var cached = new CachedReading<>(models::sizes, Duration.ZERO, System::nanoTime);
        gauge(registry, "mingle.matching.models", "events whose matching model this instance holds in memory",
                cached, CachedModels::models);
        gauge(registry, "mingle.matching.model.attendees", "attendees in all matching models of this instance",
                cached, CachedModels::attendees);
        gauge(registry, "mingle.matching.model.attendees.max", "attendees in the largest matching model",
                cached, CachedModels::largest);
    }

    private static void backlog(MeterRegistry registry, String name, String what, CachedReading<Backlog> reading,
                                Clock clock) {
        gauge(registry, name + ".waiting", "How many " + what, reading, Backlog::waiting);
        Gauge.builder(name + ".oldest.age", reading, r -> {
            Backlog backlog = r.get();
            return backlog == null ? Double.NaN : backlog.oldestAge(clock.instant()).toMillis() / 1000.0;
        }).description("How long the oldest of the " + what + " has waited; 0 when none waits")
                .baseUnit("seconds").strongReference(true).register(registry);
    }

    private static <T> void gauge(MeterRegistry registry, String name, String description, CachedReading<T> reading,
                                  ToDoubleFunction<T> value) {
        Gauge.builder(name, reading, r -> {
            T current = r.get();
            return current == null ? Double.NaN : value.applyAsDouble(current);
        }).description(description).strongReference(true).register(registry); // nothing else holds the reading
    }
}
