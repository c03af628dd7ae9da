package org.mingle.domain.events;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.mingle.domain.shared.AccountId;

/**
 * An event and its lifecycle. Immutable: every change returns a new value, which the service stores.
 *
 * @param version optimistic-locking version, so two organizers changing one event cannot silently overwrite each other
 */
public record Event(
        EventId id,
        AccountId ownerId,
        EventDetails details,
        EventStatus status,
        int confirmedCount,
        int waitlistCount,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    static Event draft(EventId id, AccountId owner, EventDetails details, Instant now) {
        return new Event(id, owner, details, EventStatus.DRAFT, 0, 0, now, now, 0);
    }

    Event publish(Instant now) {
        return withStatus(EventLifecycle.requireTransition(status, EventStatus.PUBLISHED), now);
    }

    Event cancel(Instant now) {
        return withStatus(EventLifecycle.requireTransition(status, EventStatus.CANCELLED), now);
    }

    Event complete(Instant now) {
        return withStatus(EventLifecycle.requireTransition(status, EventStatus.COMPLETED), now);
    }

    Event withDetails(EventDetails changed, Instant now) {
        return new Event(id, ownerId, changed, status, confirmedCount, waitlistCount, createdAt, now, version);
    }

    private Event withStatus(EventStatus next, Instant now) {
        return new Event(id, ownerId, details, next, confirmedCount, waitlistCount, createdAt, now, version);
    }

    public boolean isOwnedBy(AccountId account) {
        return ownerId.equals(account);
    }

    public String title() {
        return details.title();
    }

    public ZonedDateTime localStart() {
        return details.startsAt().atZone(details.timeZone());
    }

    public ZonedDateTime localEnd() {
        return details.endsAt().atZone(details.timeZone());
    }
}
