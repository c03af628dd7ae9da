package org.mingle.domain.contacts;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mingle.domain.connections.ConnectionService;
import org.mingle.domain.connections.SharedConnection;
import org.mingle.domain.endorsements.Endorsement;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.MeetingBetween;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;

/**
 * Relationships across events (decision 48): one page per contact with everything shared with them, "keep in touch
 * every ..." and its notices, and who of a person's network to tell when they register. A contact is someone the
 * viewer keeps a connection with, at any event, or met in a one-to-one meeting; the moments come from the features
 * that own them (connections, meetings), asked through their services, never their tables.
 */
@Singleton
public class ContactService {

    /** The web UI's page of one contact: {@code network/{accountId}}; notices link there. */
    public static final String CONTACT_PAGE = "network";
    /** How far ahead the "time to get in touch" list looks: the coming week. */
    static final Duration WEEK = Duration.ofDays(7);

    private final KeepInTouchSettings settings;
    private final ConnectionService connections;
    private final MeetingScheduleService meetings;
    private final BlockService blocks;
    private final ProfileService profiles;
    private final EventService events;
    private final RegistrationService registrations;
    private final EndorsementService endorsements;
    private final Clock clock;

    ContactService(KeepInTouchSettings settings, ConnectionService connections, MeetingScheduleService meetings,
                   BlockService blocks, ProfileService profiles, EventService events,
                   RegistrationService registrations, EndorsementService endorsements, Clock clock) {
        this.settings = settings;
        this.endorsements = endorsements;
        this.connections = connections;
        this.meetings = meetings;
        this.blocks = blocks;
        this.profiles = profiles;
        this.events = events;
        this.registrations = registrations;
        this.clock = clock;
    }

    /**
     * The actor's page of one contact: the person as they let the actor see them, the timeline newest first, the
     * keep-in-touch setting and the events still to come where both are confirmed.
     *
     * @throws ContactNotFoundException when the other is no contact of the actor (never connected or met, removed
     *                                  from the actor's network, blocked either way, or erased)
     */
    @ReadOnly
    public Contact contact(AccountId actor, AccountId other) {
        History history = historyOrThrow(actor, other);
        ProfileView person = profiles.findView(actor, other).orElseThrow(ContactNotFoundException::new);
        List<TimelineEntry> timeline = history.timeline(events);
        Optional<KeepInTouch> setting = settings.find(actor, other);
        return new Contact(person, timeline, setting.map(KeepInTouch::every).orElse(null),
                setting.map(s -> dueAt(s, history)).orElse(null), upcomingTogether(actor, other));
    }

    /**
     * Sets how often the actor wants to be in touch with the contact, or turns it off ({@code null}).
     *
     * @return the contact's page after the change
     * @throws ContactNotFoundException as {@link #contact}
     */
    @Transactional
    public Contact keepInTouch(AccountId actor, AccountId other, KeepInTouchEvery every) {
        History history = historyOrThrow(actor, other);
        if (every == null) {
            settings.delete(actor, other);
        } else {
            Instant now = now();
            // An earlier notice still starts the period: changing the period is not being in touch.
            Instant noticedAt = settings.find(actor, other).map(KeepInTouch::noticedAt).orElse(null);
            var setting = new KeepInTouch(actor, other, every, now, now, noticedAt);
            settings.save(new KeepInTouch(actor, other, every, now, dueAt(setting, history), noticedAt));
        }
        return contact(actor, other);
    }

    /**
     * The actor's contacts it is time to get in touch with, this week: those whose keep-in-touch is due by a week from
     * now, overdue first, each with what the two talked about last. The "time to get in touch" list of the network.
     */
    @ReadOnly
    public List<DueContact> timeToGetInTouch(AccountId actor) {
        Instant until = now().plus(WEEK);
        List<DueContact> due = new ArrayList<>();
        for (KeepInTouch setting : settings.dueBy(actor, until)) {
            History history = history(actor, setting.contact());
            if (history.isEmpty()) {
                continue;
            }
            Instant dueAt = dueAt(setting, history);
            if (!dueAt.isAfter(until)) {
                due.add(new DueContact(actor, setting.contact(), null, setting.every(), dueAt,
                        ContactTimeline.lastTopic(history.timeline(events)).orElse(null)));
            }
        }
        Map<AccountId, ProfileView> views = profiles.views(actor, due.stream().map(DueContact::contact).toList());
        return due.stream().filter(d -> views.containsKey(d.contact()))
                .map(d -> new DueContact(d.owner(), d.contact(), views.get(d.contact()).displayName(), d.every(),
                        d.dueAt(), d.lastTopic()))
                .sorted(Comparator.comparing(DueContact::dueAt))
                .toList();
    }

    /**
     * Claims the keep-in-touch settings whose time has come, at most {@code limit}, for the notice job: each is
     * locked (skipping those another instance holds), checked against the moments shared since it was last
     * scheduled, and either moved to its real due time or recorded as noticed now, its next period starting. Call it
     * in the transaction that writes the notices, so a notice and its record commit together, on one instance only.
     *
     * @return the contacts to tell their owners about now
     */
    @Transactional
    public List<DueContact> claimDue(int limit) {
        Instant now = now();
        List<DueContact> due = new ArrayList<>();
        for (KeepInTouch setting : settings.lockDue(now, limit)) {
            History history = history(setting.owner(), setting.contact());
            if (history.isEmpty()) {
                // No contact any more (removed from the network, or blocked): ask again a period later.
                settings.reschedule(setting.owner(), setting.contact(), now.plus(setting.every().period()), null);
                continue;
            }
            Instant dueAt = dueAt(setting, history);
            if (dueAt.isAfter(now)) {
                settings.reschedule(setting.owner(), setting.contact(), dueAt, null);
                continue;
            }
            settings.reschedule(setting.owner(), setting.contact(), now.plus(setting.every().period()), now);
            due.add(new DueContact(setting.owner(), setting.contact(), null, setting.every(), dueAt,
                    ContactTimeline.lastTopic(history.timeline(events)).orElse(null)));
        }
        Map<AccountId, String> names = profiles.namesOf(due.stream().map(DueContact::contact)
                .collect(Collectors.toSet()));
        return due.stream().filter(d -> names.containsKey(d.contact()))
                .map(d -> new DueContact(d.owner(), d.contact(), names.get(d.contact()), d.every(), d.dueAt(),
                        d.lastTopic()))
                .toList();
    }

    /**
     * Whom to tell that each registrant is going to the event: the people of the registrant's network (a connection
     * both keep) who are confirmed for it, minus blocks either way. Whether each wants to be told is theirs to
     * choose (a notification setting), not decided here. Registrants with nobody to tell are left out; a queue of
     * registrants costs one query when none of them has a network.
     */
    @ReadOnly
    public Map<AccountId, List<AccountId>> networkGoingWith(Collection<AccountId> registrants, EventId event) {
        var networks = connections.mutualNetworksOf(registrants);
        if (networks.isEmpty()) {
            return Map.of();
        }
        var going = new HashSet<>(registrations.confirmedAmong(event,
                networks.values().stream().flatMap(Set::stream).collect(Collectors.toSet())));
        if (going.isEmpty()) {
            return Map.of();
        }
        Map<AccountId, Set<AccountId>> blocked = new HashMap<>();
        blocks.involving(networks.keySet()).forEach(block -> {
            blocked.computeIfAbsent(block.blocker(), account -> new HashSet<>()).add(block.blocked());
            blocked.computeIfAbsent(block.blocked(), account -> new HashSet<>()).add(block.blocker());
        });
        var told = new HashMap<AccountId, List<AccountId>>();
        networks.forEach((registrant, network) -> {
            var recipients = network.stream().filter(going::contains)
                    .filter(account -> !account.equals(registrant)
                            && !blocked.getOrDefault(registrant, Set.of()).contains(account))
                    .sorted(Comparator.comparing(AccountId::value)).toList();
            if (!recipients.isEmpty()) {
                told.put(registrant, recipients);
            }
        });
        return told;
    }

    /** The actor's keep-in-touch settings, for the personal-data export. */
    @ReadOnly
    List<KeepInTouch> settingsOf(AccountId actor) {
        return settings.ofOwner(actor);
    }

    private History historyOrThrow(AccountId actor, AccountId other) {
        if (actor.equals(other) || blocks.blockedEitherWay(actor, other)) {
            throw new ContactNotFoundException();
        }
        History history = new History(actor, connections.with(actor, other), meetings.between(actor, other),
                endorsements.between(actor, other));
        if (history.isEmpty()) {
            throw new ContactNotFoundException();
        }
        return history;
    }

    private History history(AccountId actor, AccountId other) {
        if (blocks.blockedEitherWay(actor, other)) {
            return new History(actor, List.of(), List.of(), List.of());
        }
        return new History(actor, connections.with(actor, other), meetings.between(actor, other),
                endorsements.between(actor, other));
    }

    private static Instant dueAt(KeepInTouch setting, History history) {
        return ContactTimeline.dueAt(setting.every(), ContactTimeline.lastShared(history.connections(),
                history.meetings()), setting.setAt(), setting.lastNotice());
    }

    /** Events still to come (not ended, published) where both are confirmed, soonest first, as the actor sees them. */
    private List<Event> upcomingTogether(AccountId actor, AccountId other) {
        return events.upcomingAmong(actor, registrations.confirmedTogether(actor, other), now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** What the two share, as the owning features answer it. */
    private record History(AccountId viewer, List<SharedConnection> connections, List<MeetingBetween> meetings,
                           List<Endorsement> endorsements) {

        boolean isEmpty() {
            return connections.isEmpty() && meetings.isEmpty();
        }

        List<TimelineEntry> timeline(EventService events) {
            Map<EventId, String> titles = events.titles(Stream.of(
                    connections.stream().map(SharedConnection::eventId),
                    meetings.stream().map(MeetingBetween::eventId),
                    endorsements.stream().map(Endorsement::eventId)).flatMap(ids -> ids).collect(Collectors.toSet()));
            return ContactTimeline.of(viewer, connections, meetings, endorsements, titles);
        }
    }
}
