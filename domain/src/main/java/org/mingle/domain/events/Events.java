package org.mingle.domain.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.SeriesId;

/** Where events are kept. */
interface Events {

    void insert(Event event);

    /** Stores a changed event; fails with a conflict when someone else changed it since it was read. */
    Event update(Event event);

    Optional<Event> find(EventId id);

    /** The event, its row locked until the transaction ends, so changes and registrations take turns. */
    Optional<Event> findForUpdate(EventId id);

    /**
     * Published events ending after {@code after} that match the search: events of the {@code first} groups first,
     * then the best matches of the search text, then the soonest.
     */
    Page<Event> findPublishedEndingAfter(Instant after, EventSearch search, Set<GroupId> first, PageRequest page);

    /** Events the account owns or is on the team of, latest start first. */
    List<Event> findOrganizedBy(AccountId account);

    /** Published events starting after {@code after} and no later than {@code until}, soonest first. */
    List<Event> findPublishedStartingBetween(Instant after, Instant until);

    Map<EventId, String> titles(Collection<EventId> ids);

    /** Those of the events that are published and end after {@code after}, soonest first, each with its group. */
    List<Grouped> findPublishedEndingAfter(Collection<EventId> ids, Instant after);

    /** An event and the group it belongs to, {@code null} when none. */
    record Grouped(Event event, GroupId group) {
    }

    /**
     * Those of the events that are published or completed, listed, and in no members-only group; latest start first.
     */
    List<Event> findShownPublicly(Collection<EventId> ids);

    Optional<GroupId> groupOf(EventId event);

    /**
     * A group's events: upcoming ones (not ended yet, soonest first) or past ones (latest first); published and
     * completed ones, and drafts too when asked for (the group's organizers see them).
     */
    Page<Event> findOfGroup(GroupId group, boolean upcoming, Instant now, boolean withDrafts, PageRequest page);

    /** A group's published and completed events, latest start first, at most {@code limit}: its calendar feed. */
    List<Event> findPublishedOfGroup(GroupId group, int limit);

    /** Files the event under a group and one of its series. */
    void placeInSeries(EventId id, GroupId group, SeriesId series);

    /** The series' events, whatever their status, soonest first. */
    List<Event> findInSeries(SeriesId series);

    /**
     * The events with the event's group or series that started before it, latest first, at most {@code limit}; none
     * when it belongs to neither or does not exist.
     */
    List<EarlierEvent> earlierOfSameCommunity(EventId event, int limit);

    /** Puts the event into the group (or takes it out, with null); false when there is no such event. */
    boolean setGroup(EventId event, GroupId group);

    /** Sets or clears when the event was unlisted; false when no event has the id. */
    boolean setUnlistedAt(EventId id, Instant unlistedAt);

    /** When the event was unlisted; empty while it is listed or when no event has the id. */
    Optional<Instant> unlistedAt(EventId id);

    /** At most {@code each} upcoming published or completed events of each group, soonest first. */
    Map<GroupId, List<Event>> findUpcomingOfGroups(Collection<GroupId> groups, Instant now, int each);
}
