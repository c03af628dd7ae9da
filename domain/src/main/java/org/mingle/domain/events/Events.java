package org.mingle.domain.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/** Where events are kept. */
interface Events {

    void insert(Event event);

    /** Stores a changed event; fails with a conflict when someone else changed it since it was read. */
    Event update(Event event);

    Optional<Event> find(EventId id);

    /** The event, its row locked until the transaction ends, so changes and registrations take turns. */
    Optional<Event> findForUpdate(EventId id);

    Page<Event> findPublishedEndingAfter(Instant after, EventSearch search, PageRequest page);

    /** Events the account owns or is on the team of, latest start first. */
    List<Event> findOrganizedBy(AccountId account);

    /** Published events starting after {@code after} and no later than {@code until}, soonest first. */
    List<Event> findPublishedStartingBetween(Instant after, Instant until);

    Map<EventId, String> titles(Collection<EventId> ids);

    /** Sets or clears when the event was unlisted; false when no event has the id. */
    boolean setUnlistedAt(EventId id, Instant unlistedAt);

    /** When the event was unlisted; empty while it is listed or when no event has the id. */
    Optional<Instant> unlistedAt(EventId id);
}
