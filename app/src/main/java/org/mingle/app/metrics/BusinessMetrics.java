package org.mingle.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.mingle.domain.mail.MailDelivered;
import org.mingle.domain.matching.ConnectedPairs;
import org.mingle.domain.matching.ModelRebuilt;
import org.mingle.domain.meetings.MeetingRequestChanged;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.registration.CheckedIn;
import org.mingle.domain.registration.RegistrationCancelled;
import org.mingle.domain.registration.RegistrationCreated;

/**
 * Counts what happens in the business from the events the features already publish, so the features stay free of
 * metrics. Business changes count after their transaction committed ({@link TransactionalEventListener}), so a
 * rolled-back registration is never counted; mail outcomes and model rebuilds are published outside transactions.
 * See docs/metrics.md for the names.
 */
@Singleton
class BusinessMetrics {

    private final MeterRegistry registry;
    private final Counter checkIns;
    private final Counter connections;

    BusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.checkIns = Counter.builder("mingle.check.ins").description("Attendees checked in at the door")
                .register(registry);
        this.connections = Counter.builder("mingle.connections")
                .description("Connections recorded between two attendees at an event").register(registry);
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void registered(RegistrationCreated created) {
        Counter.builder("mingle.registrations")
                .description("Registrations, by where they landed: confirmed, waitlisted or pending_approval")
                .tag("outcome", label(created.status()))
                .register(registry).increment();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void cancelled(RegistrationCancelled cancelled) {
        Counter.builder("mingle.registration.cancellations")
                .description("Registrations cancelled, by what they held").tag("previous", label(cancelled.previous()))
                .register(registry).increment();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void checkedIn(CheckedIn checkedIn) {
        checkIns.increment();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void connected(ConnectedPairs.Recorded recorded) {
        connections.increment();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void meetingRequest(MeetingRequestChanged changed) {
        Counter.builder("mingle.meeting.requests")
                .description("Meeting requests by what happened: created, accepted, declined, cancelled or expired")
                .tag("change", changed.status() == MeetingRequestStatus.PENDING ? "created" : label(changed.status()))
                .register(registry).increment();
    }

    @EventListener
    void mailDelivered(MailDelivered delivered) {
        Counter.builder("mingle.mail.deliveries")
                .description("Attempts to hand a mail to the mail server, by outcome: sent, retrying or failed")
                .tag("outcome", label(delivered.outcome()))
                .register(registry).increment();
    }

    @EventListener
    void modelRebuilt(ModelRebuilt rebuilt) {
        Timer.builder("mingle.matching.model.rebuilds")
                .description("Whole matching models read from the database, by cause: first_request, change or "
                        + "missed_change")
                .tag("cause", label(rebuilt.cause()))
                .register(registry).record(rebuilt.took());
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
