package org.mingle.domain.events;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mingle.domain.accounts.AccountId;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/**
 * The events feature's entry point for the API and the UI alike. It owns the transaction and decides who may see or
 * change an event, so every edge obeys the same rules.
 */
@Singleton
public class EventService {

    private final Events events;
    private final Clock clock;

    EventService(Events events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Creates a draft owned by {@code owner}. */
    @Transactional
    public Event create(AccountId owner, EventInput input) {
        var now = now();
        var event = Event.draft(EventId.newId(), owner, EventRules.validateNew(input, now), now);
        events.insert(event);
        return event;
    }

    /** Publishes a draft so that anyone can find it and, later, register. */
    @Transactional
    public Event publish(AccountId actor, EventId id) {
        var event = visibleTo(Optional.of(actor), id);
        if (!event.isOwnedBy(actor)) {
            throw new AccessDeniedException("Only the event's organizers can publish it.");
        }
        return events.update(event.publish(now()));
    }

    /** One event: published ones for anyone, drafts and others only for their organizers. */
    @ReadOnly
    public Event get(Optional<AccountId> viewer, EventId id) {
        return visibleTo(viewer, id);
    }

    /** Published events that have not ended yet, soonest first. */
    @ReadOnly
    public Page<Event> listUpcoming(EventSearch search, PageRequest page) {
        var now = clock.instant();
        var after = search.from() != null && search.from().isAfter(now) ? search.from() : now;
        return events.findPublishedEndingAfter(after, search, page);
    }

    /** PostgreSQL keeps microseconds: values returned equal values read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Event visibleTo(Optional<AccountId> viewer, EventId id) {
        return events.find(id)
                .filter(event -> event.status() != EventStatus.DRAFT || viewer.filter(event::isOwnedBy).isPresent())
                .orElseThrow(() -> new EventNotFoundException(id));
    }
}
