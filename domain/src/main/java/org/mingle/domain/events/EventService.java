package org.mingle.domain.events;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.audit.AuditKind;
import org.mingle.domain.audit.AuditLog;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.GroupOrganizers;
import org.mingle.domain.shared.GroupReaders;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.SeriesId;

/**
 * The events feature's entry point for the API and the UI alike. It owns the transaction and decides who may see or
 * change an event (see {@link EventAccess}), so every edge obeys the same rules.
 */
@Singleton
public class EventService {

    /** A group's feed holds its latest events; older ones have long left its subscribers' view. */
    static final int GROUP_CALENDAR_MAX = 500;

    /** How many earlier events of a community count: a weekly meetup's last four years or so. */
    public static final int EARLIER_EVENTS_MAX = 200;

    private final Events events;
    private final EventTeam team;
    private final AccountService accounts;
    private final AuditLog audit;
    private final WaitlistPromoter waitlist;
    private final ApplicationEventPublisher<EventUpdated> updates;
    private final ApplicationEventPublisher<EventRescheduled> reschedules;
    private final ApplicationEventPublisher<TeamMemberAdded> teamChanges;
    private final ApplicationEventPublisher<EventPublished> publications;
    private final GroupOrganizers groupOrganizers;
    private final GroupReaders groupReaders;
    private final Clock clock;

    EventService(Events events, EventTeam team, AccountService accounts, AuditLog audit, WaitlistPromoter waitlist,
                 ApplicationEventPublisher<EventUpdated> updates,
                 ApplicationEventPublisher<EventRescheduled> reschedules,
                 ApplicationEventPublisher<TeamMemberAdded> teamChanges,
                 ApplicationEventPublisher<EventPublished> publications, GroupOrganizers groupOrganizers,
                 GroupReaders groupReaders, Clock clock) {
        this.events = events;
        this.team = team;
        this.accounts = accounts;
        this.audit = audit;
        this.waitlist = waitlist;
        this.updates = updates;
        this.reschedules = reschedules;
        this.teamChanges = teamChanges;
        this.publications = publications;
        this.groupOrganizers = groupOrganizers;
        this.groupReaders = groupReaders;
        this.clock = clock;
    }

    /** Creates a draft; {@code owner} becomes its {@link EventRole#OWNER}. */
    @Transactional
    public Event create(AccountId owner, EventInput input) {
        var now = now();
        var event = Event.draft(EventId.newId(), owner, EventRules.validateNew(input, now), now);
        events.insert(event);
        return event;
    }

    /**
     * Creates a draft that belongs to a group: only the group's owners and organizers may, and all of them organize
     * it from then on; {@code actor} becomes its {@link EventRole#OWNER}.
     *
     * @throws AccessDeniedException when the actor does not organize the group (or there is no such group)
     */
    @Transactional
    public Event createInGroup(AccountId actor, GroupId group, EventInput input) {
        if (!groupOrganizers.organizes(group, actor)) {
            throw new AccessDeniedException("Only the group's owners and organizers can create its events.");
        }
        var event = create(actor, input);
        events.setGroup(event.id(), group);
        return event;
    }

    /**
     * Moves an existing event into a group: the actor must organize both. No notice goes out: members hear of the
     * group's events when they are published.
     */
    @Transactional
    public void attachToGroup(AccountId actor, EventId id, GroupId group) {
        managedForChange(actor, id, "move");
        if (!groupOrganizers.organizes(group, actor)) {
            throw new AccessDeniedException("Only the group's owners and organizers can add events to it.");
        }
        events.setGroup(id, group);
    }

    /** The group an event belongs to, if any (for anyone who may see the event). */
    @ReadOnly
    public Optional<GroupId> groupOf(EventId id) {
        return events.groupOf(id);
    }

    /**
     * A group's events, upcoming (soonest first) or past (latest first): published and completed ones, drafts too when
     * {@code withDrafts}. The caller (the groups feature) has decided that the viewer may see them.
     */
    @ReadOnly
    public Page<Event> ofGroup(GroupId group, boolean upcoming, boolean withDrafts, PageRequest page) {
        return events.findOfGroup(group, upcoming, clock.instant(), withDrafts, page);
    }

    /**
     * The next published (or completed, not yet ended) events of each of the groups, soonest first, at most
     * {@code each} per group: for lists of groups, in one query. Groups without any are left out of the map.
     */
    @ReadOnly
    public Map<GroupId, List<Event>> upcomingOfGroups(Collection<GroupId> groups, int each) {
        return events.findUpcomingOfGroups(groups, clock.instant(), each);
    }

    /** A group's published events as one subscribable RFC 5545 calendar named after the group. */
    @ReadOnly
    public String groupCalendar(GroupId group, String name) {
        return EventCalendar.renderAll(name, events.findPublishedOfGroup(group, GROUP_CALENDAR_MAX), clock.instant());
    }

    /**
     * Files an event under a group and one of its series. For the series feature, which creates each occurrence with
     * {@link #create} and has checked that the actor runs the group; the events feature knows nothing else of series.
     * Only the event's organizers may.
     */
    @Transactional
    public void placeInSeries(AccountId actor, EventId id, GroupId group, SeriesId series) {
        managedForChange(actor, id, "file");
        events.placeInSeries(id, group, series);
    }

    /** The events of a series, drafts and cancelled ones included, soonest first: the series decides who may see. */
    @ReadOnly
    public List<Event> inSeries(SeriesId series) {
        return events.findInSeries(series);
    }

    /** Publishes a draft so that anyone can find it and register (a private group's members only, for its events). */
    @Transactional
    public Event publish(AccountId actor, EventId id) {
        var published = updated(events.update(managedForChange(actor, id, "publish").publish(now())));
        publications.publishEvent(new EventPublished(id, events.groupOf(id)));
        return published;
    }

    /** Cancels the event; registrants see it cancelled, and nobody can register any more. */
    @Transactional
    public Event cancel(AccountId actor, EventId id) {
        return updated(events.update(managedForChange(actor, id, "cancel").cancel(now())));
    }

    /** Marks a published event as held. */
    @Transactional
    public Event complete(AccountId actor, EventId id) {
        return updated(events.update(managedForChange(actor, id, "complete").complete(now())));
    }

    /**
     * Changes an event's details. Lowering the capacity below the confirmed count is refused; raising it confirms
     * people from the waitlist at once.
     *
     * @throws InvalidInputException naming every refused field
     */
    @Transactional
    public Event update(AccountId actor, EventId id, EventPatch patch) {
        var event = managedForChange(actor, id, "change");
        if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.COMPLETED) {
            throw new ConflictException("A " + event.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " event cannot be changed.");
        }
        var details = EventRules.validateChange(event.details(), patch.over(event.details()), now());
        if (details.capacity() < event.confirmedCount()) {
            throw new CapacityBelowConfirmedException(event.confirmedCount());
        }
        var updated = events.update(event.withDetails(details, now()));
        if (details.capacity() > event.details().capacity()) {
            waitlist.promoteIntoFreeSeats(id);
            updated = events.find(id).orElseThrow();
        }
        updated(updated);
        if (updated.status() == EventStatus.PUBLISHED && EventRescheduled.matters(event.details(), details)) {
            reschedules.publishEvent(new EventRescheduled(id, event.details(), details));
        }
        return updated;
    }

    /** Tells the listeners inside the changing transaction, so what they write commits or rolls back with it. */
    private Event updated(Event event) {
        updates.publishEvent(new EventUpdated(event.id(), event.status()));
        return event;
    }

    /** The event as an RFC 5545 calendar, for whoever may see the event. */
    @ReadOnly
    public String calendar(Optional<AccountId> viewer, EventId id) {
        return EventCalendar.render(get(viewer, id), clock.instant());
    }

    /**
     * An event as its own registrants see it, without asking who looks: for telling them of their registration or of
     * a change, where the reader is the registrant. One read by primary key, inside the caller's transaction.
     */
    @ReadOnly
    public Event forItsRegistrants(EventId id) {
        return find(id);
    }

    /**
     * {@link #forItsRegistrants}, or nothing when no event has the id: for a reader that must go on without it, such as
     * the mail of a notification, which names its event without a foreign key (decision 68).
     */
    @ReadOnly
    public Optional<Event> findForItsRegistrants(EventId id) {
        return events.find(id);
    }

    /** One event: published ones for anyone, drafts only for their team. */
    @ReadOnly
    public Event get(Optional<AccountId> viewer, EventId id) {
        var event = find(id);
        // The owner is on the event row just read: only others need the team list.
        Optional<EventRole> role = viewer.flatMap(account -> event.isOwnedBy(account) ? Optional.of(EventRole.OWNER)
                : team.memberRoleOf(id, account));
        if (!EventAccess.canSee(event, role)) {
            throw new EventNotFoundException(id);
        }
        // A private group's events are for its members (and the event's team, who passed above).
        if (role.isEmpty() && events.groupOf(id).filter(group -> !groupReaders.mayRead(group, viewer)).isPresent()) {
            throw new EventNotFoundException(id);
        }
        return event;
    }

    /** The viewer's role at an event, if any: what the edges show or offer depends on it. */
    @ReadOnly
    public Optional<EventRole> roleOf(Optional<AccountId> viewer, EventId id) {
        return viewer.flatMap(account -> team.roleOf(id, account));
    }

    /** Published events that have not ended yet, best matches of the search text first, then the soonest. */
    @ReadOnly
    public Page<Event> listUpcoming(EventSearch search, PageRequest page) {
        return listUpcoming(Optional.empty(), search, page);
    }

    /**
     * Published events that have not ended yet, as {@link #listUpcoming(EventSearch, PageRequest)}, except that for a
     * signed-in viewer the events of the groups they belong to come first.
     */
    @ReadOnly
    public Page<Event> listUpcoming(Optional<AccountId> viewer, EventSearch search, PageRequest page) {
        var now = clock.instant();
        var after = search.from() != null && search.from().isAfter(now) ? search.from() : now;
        var first = viewer.map(groupReaders::groupsOf).orElse(Set.of());
        return events.findPublishedEndingAfter(after, search, first, page);
    }

    /**
     * Keeps the event out of every public list and search ({@code listed} false), or lists it again. Its page still
     * opens by link, and nothing else about it changes. The moderation feature calls this after deciding that the
     * caller may (an administrator): events know nothing of administrators.
     *
     * @return when the event was unlisted; empty once it is listed
     * @throws EventNotFoundException when no event has the id
     */
    @Transactional
    public Optional<Instant> changeListing(EventId id, boolean listed) {
        // Unlisting again keeps the first time: administrators see how long it has been out of the lists.
        Optional<Instant> unlistedAt = listed ? Optional.empty()
                : Optional.of(events.unlistedAt(id).orElseGet(this::now));
        if (!events.setUnlistedAt(id, unlistedAt.orElse(null))) {
            throw new EventNotFoundException(id);
        }
        return unlistedAt;
    }

    /** When an administrator unlisted the event; empty while it is listed. Whoever may see the event may know. */
    @ReadOnly
    public Optional<Instant> unlistedAt(EventId id) {
        return events.unlistedAt(id);
    }

    /**
     * Those of the events anyone may see and find: published or completed, listed, and not of a private group. For a
     * person's public record (the talks they gave), which must say nothing of the others. A few queries per event:
     * meant for the handful of events one person's record names.
     */
    @ReadOnly
    public Map<EventId, Event> publicAmong(Collection<EventId> ids) {
        Map<EventId, Event> shown = new LinkedHashMap<>();
        for (EventId id : new LinkedHashSet<>(ids)) {
            events.find(id)
                    .filter(event -> event.status() == EventStatus.PUBLISHED
                            || event.status() == EventStatus.COMPLETED)
                    .filter(event -> events.unlistedAt(id).isEmpty())
                    .filter(event -> events.groupOf(id)
                            .filter(group -> !groupReaders.mayRead(group, Optional.empty())).isEmpty())
                    .ifPresent(event -> shown.put(id, event));
        }
        return shown;
    }

    /** Published events starting after {@code after} and no later than {@code until}, for reminders. */
    @ReadOnly
    public List<Event> publishedStartingBetween(Instant after, Instant until) {
        return events.findPublishedStartingBetween(after, until);
    }

    /** The events the account owns or staffs. */
    @ReadOnly
    public List<EventId> ledBy(AccountId account) {
        return team.eventsOf(account);
    }

    /** Those among the accounts who own or staff at least one of the events. */
    @ReadOnly
    public Set<AccountId> leadingAny(Collection<EventId> events, Collection<AccountId> among) {
        return team.leadingAny(events, among);
    }

    /**
     * Those of the events that are published and not over at {@code now}, soonest first, as the viewer may see them
     * ({@link #get}'s rules), in two reads however many: for lists of events people take part in.
     */
    @ReadOnly
    public List<Event> upcomingAmong(AccountId viewer, Collection<EventId> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = events.findPublishedEndingAfter(ids, now);
        if (found.stream().allMatch(grouped -> grouped.group() == null)) {
            return found.stream().map(Events.Grouped::event).toList();
        }
        Map<GroupId, Boolean> readable = new HashMap<>();
        List<Event> visible = new ArrayList<>();
        for (var grouped : found) {
            if (grouped.group() == null || readable.computeIfAbsent(grouped.group(),
                    group -> groupReaders.mayRead(group, Optional.of(viewer)))) {
                visible.add(grouped.event());
            } else {
                // A private group's event: the full check, for its members and the event's team (rare).
                try {
                    visible.add(get(Optional.of(viewer), grouped.event().id()));
                } catch (EventNotFoundException hidden) {
                    // Not the viewer's to see.
                }
            }
        }
        return visible;
    }

    /** The titles of those events that exist, whatever their status: for showing where something happened. */
    @ReadOnly
    public Map<EventId, String> titles(Collection<EventId> ids) {
        return ids.isEmpty() ? Map.of() : events.titles(ids);
    }

    /**
     * Those of the events that anyone may see listed, signed in or not: published or completed, not unlisted by an
     * administrator, not in a private group. Latest start first. For records shown to the public (decision 45).
     */
    @ReadOnly
    public List<Event> shownPublicly(Collection<EventId> ids) {
        return ids.isEmpty() ? List.of() : events.findShownPublicly(ids);
    }

    /** The events an account organizes or staffs, drafts included, latest start first. */
    @ReadOnly
    public List<Event> listOrganizedBy(AccountId account) {
        return events.findOrganizedBy(account);
    }

    /** The event's team, for anyone on it. */
    @ReadOnly
    public List<TeamMember> team(AccountId actor, EventId id) {
        var event = find(id);
        var role = team.roleOf(id, actor);
        EventAccess.require(EventAccess.canSeeTeam(role), event, role, "Only the event's team can see the team.");
        return team.members(event);
    }

    /**
     * Gives the account with this email a role at the event (or changes it), and tells the member. Only the owner
     * may. For an address that may have no account yet, see {@link TeamInvitationService#addOrInvite}.
     *
     * @throws InvalidInputException when the role is OWNER, or no active account has the email
     */
    @Transactional
    public TeamMember addToTeam(AccountId actor, EventId id, String email, EventRole role, String clientAddress) {
        var event = find(id);
        var actorRole = team.roleOf(id, actor);
        EventAccess.require(EventAccess.canManageTeam(actorRole), event, actorRole,
                "Only the event's owner can change its team.");
        if (role == null || role == EventRole.OWNER) {
            throw InvalidInputException.of("role", "must be CO_ORGANIZER or CHECKIN_STAFF");
        }
        var member = accounts.findByEmail(email).orElseThrow(() -> InvalidInputException.of("email",
                "no Mingle account uses this email address; ask them to sign up first"));
        if (member.id().equals(event.ownerId())) {
            throw InvalidInputException.of("email", "belongs to the event's owner already");
        }
        team.put(id, member.id(), role);
        audit.record(AuditKind.ROLE_GRANTED, member.id(), actor, id.value(), clientAddress, role.name());
        teamChanges.publishEvent(new TeamMemberAdded(id, member.id(), role, actor));
        return team.members(event).stream().filter(m -> m.account().equals(member.id())).findFirst().orElseThrow();
    }

    /** Takes a member off the team. Only the owner may; the owner cannot be removed. */
    @Transactional
    public void removeFromTeam(AccountId actor, EventId id, AccountId member, String clientAddress) {
        var event = find(id);
        var actorRole = team.roleOf(id, actor);
        EventAccess.require(EventAccess.canManageTeam(actorRole), event, actorRole,
                "Only the event's owner can change its team.");
        if (member.equals(event.ownerId())) {
            throw new ConflictException("The owner cannot leave the event's team.");
        }
        if (team.remove(id, member)) {
            audit.record(AuditKind.ROLE_REVOKED, member, actor, id.value(), clientAddress, null);
        }
    }

    /**
     * The events of the same community as this one: those of its group or its series that started before it, latest
     * first (at most {@value #EARLIER_EVENTS_MAX}, the most recent); none when it belongs to neither. People who met
     * there know each other already (decision 42).
     */
    @ReadOnly
    public List<EarlierEvent> earlierEventsOfSameCommunity(EventId id) {
        return events.earlierOfSameCommunity(id, EARLIER_EVENTS_MAX);
    }

    /** The event locked for a change that only its organizers may make. */
    private Event managedForChange(AccountId actor, EventId id, String action) {
        var event = events.findForUpdate(id).orElseThrow(() -> new EventNotFoundException(id));
        var role = team.roleOf(id, actor);
        EventAccess.require(EventAccess.canManage(role), event, role,
                "Only the event's organizers can " + action + " it.");
        return event;
    }

    private Event find(EventId id) {
        return events.find(id).orElseThrow(() -> new EventNotFoundException(id));
    }

    /** PostgreSQL keeps microseconds: values returned equal values read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
