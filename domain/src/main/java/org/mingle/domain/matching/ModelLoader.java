package org.mingle.domain.matching;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingle.domain.events.EarlierEvent;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.shared.AccountId;

/**
 * Reads what an event's model is built from, each read labelled with the event's version taken first: the data is at
 * least as new as that version. Inside a transaction that has just raised the version, the label is exact.
 */
@Singleton
class ModelLoader {

    private final ProfileService profiles;
    private final BlockService blocks;
    private final MeetingRequestService meetings;
    private final ConnectedPairs connections;
    private final ModelVersions versions;
    private final AttendeeCategories categories;

    private final EventService events;

    ModelLoader(ProfileService profiles, BlockService blocks, MeetingRequestService meetings,
                ConnectedPairs connections, ModelVersions versions, EventService events,
                AttendeeCategories categories) {
        this.events = events;
        this.categories = categories;
        this.profiles = profiles;
        this.blocks = blocks;
        this.meetings = meetings;
        this.connections = connections;
        this.versions = versions;
    }

    /**
     * The confirmed attendees' profiles and categories, the blocks among them, the event's mutual matches and
     * connections, and the rule of its categories.
     */
    @ReadOnly
    ModelDelta.Everything everything(EventId event) {
        long version = versions.current(event);
        List<Profile> attendees = profiles.confirmedAttendeesOf(event);
        Set<Exclusions.Pair> pairs = new HashSet<>();
        blocks.among(attendees.stream().map(Profile::accountId).toList())
                .forEach(block -> pairs.add(Exclusions.Pair.of(block.blocker(), block.blocked())));
        meetings.acceptedAt(event).forEach(match -> pairs.add(Exclusions.Pair.of(match.from(), match.to())));
        Set<Exclusions.Pair> connected = connections.at(event);
        pairs.addAll(connected);
        List<AccountId> accounts = attendees.stream().map(Profile::accountId).toList();
        Map<AccountId, String> categoryOf = categories.categoriesOf(event, accounts);
        return new ModelDelta.Everything(version,
                attendees.stream().map(p -> Member.of(p, categoryOf.get(p.accountId()), version)).toList(), pairs,
                connected, metBefore(event, accounts), categories.rule(event));
    }

    /**
     * The accounts as they are now: who of them attends, with their profiles and categories, and every block they are
     * part of.
     */
    @ReadOnly
    ModelDelta.Members members(EventId event, Collection<AccountId> accounts) {
        long version = versions.current(event);
        Map<AccountId, String> categoryOf = categories.categoriesOf(event, accounts);
        List<Member> attendees = profiles.confirmedAttendeesOf(event, accounts).stream()
                .map(profile -> Member.of(profile, categoryOf.get(profile.accountId()), version)).toList();
        Set<Exclusions.Pair> pairs = new HashSet<>();
        blocks.involving(accounts).forEach(block -> pairs.add(Exclusions.Pair.of(block.blocker(), block.blocked())));
        return new ModelDelta.Members(version, event, Set.copyOf(accounts), attendees, pairs,
                metBefore(event, accounts));
    }

    /**
     * The pairs, at least one of them among the accounts, who connected at an earlier event of the event's group or
     * series, each with the latest such event. Read once per model build (and per person joining), never per request.
     */
    private Map<Exclusions.Pair, EarlierEvent> metBefore(EventId event, Collection<AccountId> accounts) {
        List<EarlierEvent> earlier = events.earlierEventsOfSameCommunity(event);
        if (earlier.isEmpty() || accounts.isEmpty()) {
            return Map.of();
        }
        Map<EventId, EarlierEvent> byId = new HashMap<>();
        earlier.forEach(e -> byId.put(e.id(), e));
        Map<Exclusions.Pair, EarlierEvent> met = new HashMap<>();
        for (ConnectedPairs.Met pair : connections.metAt(byId.keySet(), accounts)) {
            met.merge(pair.pair(), byId.get(pair.event()),
                    (one, other) -> one.startsAt().isAfter(other.startsAt()) ? one : other);
        }
        return met;
    }

    /** The events' current versions. */
    @ReadOnly
    Map<EventId, Long> versions(Collection<EventId> events) {
        return versions.current(events);
    }

    /** How many pairs have connected at each event so far. */
    @ReadOnly
    Map<EventId, Long> connectionCounts(Collection<EventId> events) {
        return connections.counts(events);
    }
}
