package org.mingle.domain.groups;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventService;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.domain.shared.TextRules;

/**
 * The groups feature's entry point for the API and the UI alike: creating and changing groups, finding them, their
 * members and events. It decides who sees what ({@link GroupAccess}); memberships change through
 * {@link GroupMemberships}.
 */
@Singleton
public class GroupService {

    /** How many upcoming events a group's summary names. */
    public static final int UPCOMING_SHOWN = 3;

    private final Groups groups;
    private final EventService events;
    private final ProfileService profiles;
    private final ProfilePhotoService photos;
    private final Clock clock;

    GroupService(Groups groups, EventService events, ProfileService profiles, ProfilePhotoService photos,
                 Clock clock) {
        this.groups = groups;
        this.events = events;
        this.profiles = profiles;
        this.photos = photos;
        this.clock = clock;
    }

    /**
     * Creates a group; {@code owner} becomes its OWNER.
     *
     * @throws org.mingle.domain.shared.InvalidInputException naming every refused field
     * @throws SlugTakenException when another group has the slug (given or derived from the name)
     */
    @Transactional
    public Group create(AccountId owner, GroupInput input) {
        var details = GroupRules.validateNew(input);
        if (groups.ownedBy(owner) >= GroupRules.OWNED_MAX) {
            throw new RuleViolationException("One person owns at most " + GroupRules.OWNED_MAX + " groups.");
        }
        if (groups.findBySlug(details.slug()).isPresent()) {
            throw new SlugTakenException(details.slug());
        }
        var id = GroupId.newId();
        groups.insert(id, details);
        groups.put(new Membership(id, owner, GroupRole.OWNER, MembershipStatus.MEMBER,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return groups.find(id).orElseThrow();
    }

    /** Changes a group's details: owners and organizers may; the slug stays. */
    @Transactional
    public Group update(AccountId actor, GroupId id, GroupInput change) {
        var view = get(Optional.of(actor), id.toString());
        if (!view.organizedByViewer()) {
            throw new AccessDeniedException("Only the group's owners and organizers can change it.");
        }
        groups.update(id, GroupRules.validateChange(view.group(), change));
        return groups.find(id).orElseThrow();
    }

    /**
     * A group by its id or its slug, with the viewer's membership.
     *
     * @throws GroupNotFoundException when there is none, or it is private and the viewer does not belong
     */
    @ReadOnly
    public GroupView get(Optional<AccountId> viewer, String idOrSlug) {
        var group = find(idOrSlug).orElseThrow(() -> new GroupNotFoundException(idOrSlug));
        var mine = viewer.flatMap(account -> groups.membership(group.id(), account));
        if (!GroupAccess.canSee(group, mine)) {
            throw new GroupNotFoundException(idOrSlug);
        }
        return new GroupView(group, mine);
    }

    /** Public groups that are listed: full text over name, topics, city and description (best first), a topic, a city or "online". */
    @ReadOnly
    public Page<Group> search(String words, String topic, String city, PageRequest page) {
        return groups.search(TextRules.requireValid("q", words), TextRules.requireValid("topic", topic),
                TextRules.requireValid("city", city), page);
    }

    /**
     * Keeps the group out of the group directory and search ({@code listed} false), or lists it again. Its page still
     * opens by link for whoever may see it, and nothing else changes: members stay, its events stay as they are. The
     * moderation feature calls this after deciding that the caller may (an administrator): groups know nothing of
     * administrators.
     *
     * @return when the group was unlisted; empty once it is listed
     * @throws GroupNotFoundException when no group has the id
     */
    @Transactional
    public Optional<Instant> changeListing(GroupId id, boolean listed) {
        // Unlisting again keeps the first time: administrators see how long it has been out of the lists.
        Optional<Instant> unlistedAt = listed ? Optional.empty()
                : Optional.of(groups.unlistedAt(id).orElseGet(() -> clock.instant().truncatedTo(ChronoUnit.MICROS)));
        if (!groups.setUnlistedAt(id, unlistedAt.orElse(null))) {
            throw new GroupNotFoundException(id);
        }
        return unlistedAt;
    }

    /** When an administrator unlisted the group; empty while it is listed. Whoever may see the group may know. */
    @ReadOnly
    public Optional<Instant> unlistedAt(GroupId id) {
        return groups.unlistedAt(id);
    }

    /** The groups' names, for naming them elsewhere (reports to administrators); unknown ids are left out. */
    @ReadOnly
    public Map<GroupId, String> names(Collection<GroupId> ids) {
        return ids.isEmpty() ? Map.of() : groups.names(ids);
    }

    /** The groups the account belongs to or asked to join. */
    @ReadOnly
    public List<MyGroup> mine(AccountId account) {
        return groups.of(account);
    }

    /** Those who belong, owners first, each as far as their profile lets the viewer see them: for members only. */
    @ReadOnly
    public Page<GroupMember> members(AccountId viewer, GroupId id, PageRequest page) {
        var view = get(Optional.of(viewer), id.toString());
        if (!GroupAccess.canSeeMembers(view.mine())) {
            throw new AccessDeniedException("Only the group's members can see who belongs.");
        }
        return people(viewer, groups.members(id, MembershipStatus.MEMBER, page));
    }

    /** The requests waiting for approval, oldest first: for owners and organizers. */
    @ReadOnly
    public Page<GroupMember> requests(AccountId viewer, GroupId id, PageRequest page) {
        var view = get(Optional.of(viewer), id.toString());
        if (!view.organizedByViewer()) {
            throw new AccessDeniedException("Only the group's owners and organizers see requests to join.");
        }
        return people(viewer, groups.members(id, MembershipStatus.PENDING, page));
    }

    /** The owners and organizers, for the group's page: whoever sees the group sees who runs it. */
    @ReadOnly
    public List<GroupMember> organizers(Optional<AccountId> viewer, GroupId id) {
        get(viewer, id.toString());
        var running = groups.organizers(id);
        var accounts = running.stream().map(Membership::account).toList();
        var names = profiles.namesOf(accounts);
        // Each read once for all of them, not once per person.
        Map<AccountId, ProfileView> views = viewer.map(v -> profiles.views(v, accounts)).orElse(Map.of());
        Map<AccountId, Instant> shown = viewer.map(v -> photos.shownTo(v, accounts)).orElse(Map.of());
        return running.stream().filter(m -> names.containsKey(m.account()))
                .map(m -> new GroupMember(m.account(), names.get(m.account()), m.role(), m.status(), m.since(),
                        Optional.ofNullable(views.get(m.account())), viewer.map(v -> shown.get(m.account()))))
                .toList();
    }

    /**
     * The group's events, upcoming (soonest first) or past (latest first), as the group: published and completed ones,
     * and drafts for its owners and organizers.
     */
    @ReadOnly
    public Page<Event> events(Optional<AccountId> viewer, String idOrSlug, boolean upcoming, PageRequest page) {
        var view = get(viewer, idOrSlug);
        return events.ofGroup(view.group().id(), upcoming, view.organizedByViewer(), page);
    }

    /** The next few published events, for a group's summary. */
    @ReadOnly
    public List<Event> upcoming(GroupId id) {
        return upcoming(List.of(id)).getOrDefault(id, List.of());
    }

    /** The next few published events of each group, for a list of groups' summaries: one query for all of them. */
    @ReadOnly
    public Map<GroupId, List<Event>> upcoming(Collection<GroupId> ids) {
        return ids.isEmpty() ? Map.of() : events.upcomingOfGroups(ids, UPCOMING_SHOWN);
    }

    /** The group's published events as a subscribable calendar, for whoever sees the group. */
    @ReadOnly
    public String calendar(Optional<AccountId> viewer, String idOrSlug) {
        var view = get(viewer, idOrSlug);
        return events.groupCalendar(view.group().id(), view.group().name());
    }

    /** Everyone who belongs, for telling them of a new event. */
    @ReadOnly
    public List<AccountId> belonging(GroupId id) {
        return groups.belonging(id);
    }

    /** The group itself, without asking who looks: for notices to its own members. */
    @ReadOnly
    public Optional<Group> forItsMembers(GroupId id) {
        return groups.find(id);
    }

    private Page<GroupMember> people(AccountId viewer, Page<Membership> memberships) {
        var accounts = memberships.items().stream().map(Membership::account).toList();
        var views = profiles.views(viewer, accounts);
        var shown = photos.shownTo(viewer, accounts);
        // Erased accounts have no profile any more and leave the list.
        return new Page<>(memberships.items().stream().filter(m -> views.containsKey(m.account()))
                .map(m -> new GroupMember(m.account(), views.get(m.account()).displayName(), m.role(), m.status(),
                        m.since(), Optional.of(views.get(m.account())), Optional.ofNullable(shown.get(m.account()))))
                .toList(), memberships.page(), memberships.size(), memberships.total());
    }

    private Optional<Group> find(String idOrSlug) {
        if (idOrSlug == null) {
            return Optional.empty();
        }
        try {
            return groups.find(new GroupId(UUID.fromString(idOrSlug)));
        } catch (IllegalArgumentException notAnId) {
            return GroupRules.isSlug(idOrSlug) ? groups.findBySlug(idOrSlug) : Optional.empty();
        }
    }
}
