package org.mingle.domain.profiles;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TextRules;

/**
 * Networking profiles: editing one's own, and seeing other people's through their visibility settings. The only way
 * to another person's profile is {@link #view}, which applies the owner's choices for this viewer.
 */
@Singleton
public class ProfileService {

    public static final int SUGGESTIONS_MAX = 20;

    private final Profiles profiles;
    private final AccountService accounts;
    private final RegistrationService registrations;
    private final EventService events;
    private final List<Acquaintances> acquaintances;
    private final ApplicationEventPublisher<ProfileChanged> changes;
    private final Clock clock;

    ProfileService(Profiles profiles, AccountService accounts, RegistrationService registrations, EventService events,
                   List<Acquaintances> acquaintances, ApplicationEventPublisher<ProfileChanged> changes, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.registrations = registrations;
        this.events = events;
        this.acquaintances = List.copyOf(acquaintances);
        this.changes = changes;
        this.clock = clock;
    }

    /** The caller's own profile, every field. */
    @ReadOnly
    public Profile mine(AccountId me) {
        return profiles.find(me).orElseThrow(ProfileNotFoundException::new);
    }

    /**
     * Replaces the caller's profile.
     *
     * @throws InvalidInputException naming every refused field
     */
    @Transactional
    public Profile update(AccountId me, ProfileInput input) {
        Profile current = mine(me);
        Profile changed = ProfileRules.validate(input, current, clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!changed.displayName().equals(current.displayName())) {
            accounts.rename(me, changed.displayName());
        }
        profiles.save(changed);
        changes.publishEvent(new ProfileChanged(me));
        return mine(me);
    }

    /**
     * Another person's profile as the viewer may see it.
     *
     * @throws ProfileNotFoundException when the owner does not exist or was erased
     */
    @ReadOnly
    public ProfileView view(AccountId viewer, AccountId owner) {
        return findView(viewer, owner).orElseThrow(ProfileNotFoundException::new);
    }

    /** The same, empty when the owner does not exist or was erased (a person listed beside others may be gone). */
    @ReadOnly
    public Optional<ProfileView> findView(AccountId viewer, AccountId owner) {
        return profiles.find(owner).map(profile -> profile.as(relationship(viewer, owner)));
    }

    /**
     * A profile as anyone on the internet may see it, signed in or not: only the fields set to {@link Visibility#PUBLIC}
     * (what a signed-in stranger sees too). For the public page, which decides itself whether the owner has one.
     */
    @ReadOnly
    public Optional<ProfileView> publicView(AccountId owner) {
        return profiles.find(owner).map(profile -> profile.as(Relationship.NONE));
    }

    /**
     * Many profiles as one viewer may see them, in a handful of queries whatever their number (for lists such as a
     * network); erased accounts are left out.
     */
    @ReadOnly
    public Map<AccountId, ProfileView> views(AccountId viewer, Collection<AccountId> owners) {
        Map<AccountId, Relationship> relationships = relationships(viewer, owners);
        Map<AccountId, ProfileView> views = new HashMap<>();
        for (Profile profile : profiles.findAll(owners)) {
            views.put(profile.accountId(), profile.as(relationships.get(profile.accountId())));
        }
        return views;
    }

    /** How the viewer stands to the owner, which decides the fields they see. */
    @ReadOnly
    public Relationship relationship(AccountId viewer, AccountId owner) {
        return relationships(viewer, List.of(owner)).get(owner);
    }

    /** How the viewer stands to each owner, in a handful of queries whatever their number. */
    Map<AccountId, Relationship> relationships(AccountId viewer, Collection<AccountId> owners) {
        List<AccountId> others = owners.stream().filter(owner -> !owner.equals(viewer)).toList();
        Set<AccountId> connected = connectedWith(viewer, others);
        Set<AccountId> together = takingPartWith(viewer,
                others.stream().filter(owner -> !connected.contains(owner)).toList());
        Map<AccountId, Relationship> relationships = new HashMap<>();
        for (AccountId owner : owners) {
            relationships.put(owner, owner.equals(viewer) ? Relationship.SELF
                    : connected.contains(owner) ? Relationship.CONNECTION
                    : together.contains(owner) ? Relationship.FELLOW_ATTENDEE : Relationship.NONE);
        }
        return relationships;
    }

    /** Which of the others are connected with the viewer in any feature's way (a mutual match, a kept connection). */
    private Set<AccountId> connectedWith(AccountId viewer, List<AccountId> others) {
        Set<AccountId> connected = new HashSet<>();
        acquaintances.forEach(known -> connected.addAll(known.knownTo(viewer, others)));
        return connected;
    }

    /**
     * Which of the others take part with the viewer (an active registration, or owning or staffing it) in at least one
     * common event.
     */
    private Set<AccountId> takingPartWith(AccountId viewer, List<AccountId> others) {
        if (others.isEmpty()) {
            return Set.of();
        }
        Set<EventId> mine = new HashSet<>(registrations.activeEventsOf(viewer));
        mine.addAll(events.ledBy(viewer));
        Set<AccountId> together = new HashSet<>(registrations.activeAtAny(mine, others));
        together.addAll(events.leadingAny(mine, others));
        return together;
    }

    /**
     * Whole profiles of the event's confirmed attendees, for features that apply visibility themselves (matching uses
     * only fields every fellow attendee may see). Erased accounts are left out.
     */
    @ReadOnly
    public List<Profile> confirmedAttendeesOf(EventId event) {
        return profiles.findAll(registrations.confirmedAttendees(event));
    }

    /**
     * Whole profiles of those among the accounts who are confirmed attendees of the event, for the same features; one
     * batch whatever the number of accounts.
     */
    @ReadOnly
    public List<Profile> confirmedAttendeesOf(EventId event, Collection<AccountId> among) {
        return among.isEmpty() ? List.of() : profiles.findAll(registrations.confirmedAmong(event, among));
    }

    /**
     * Whole profiles of the accounts, for a feature that has already checked who they are to each other (a connection
     * being recorded between two confirmed attendees); erased accounts are left out. One batch.
     */
    @ReadOnly
    public List<Profile> wholeProfiles(Collection<AccountId> accounts) {
        return accounts.isEmpty() ? List.of() : profiles.findAll(accounts);
    }

    /** The names of the accounts, for lists of people; an erased account keeps a neutral name. */
    @ReadOnly
    public Map<AccountId, String> namesOf(Collection<AccountId> accounts) {
        return profiles.namesOf(accounts);
    }

    /**
     * Interests already in use that contain the typed fragment, most used first, so people pick an existing tag
     * instead of a near-duplicate. Only interests their owners show to attendees are counted.
     */
    @ReadOnly
    public List<String> suggestInterests(String fragment, int limit) {
        String key = fragment == null ? "" : Interest.comparisonKey(TextRules.requireValid("q", fragment));
        return profiles.interestsInUse(key, checkLimit(limit));
    }

    /** Industries already in use that contain the typed fragment, most used first. */
    @ReadOnly
    public List<String> suggestIndustries(String fragment, int limit) {
        String lower = fragment == null ? "" : TextRules.requireValid("q", fragment).strip().toLowerCase(Locale.ROOT);
        return profiles.industriesInUse(lower, checkLimit(limit));
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > SUGGESTIONS_MAX) {
            throw InvalidInputException.of("limit", "must be between 1 and " + SUGGESTIONS_MAX);
        }
        return limit;
    }
}
