package org.mingle.domain.connections;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.matching.ConnectedPairs;
import org.mingle.domain.matching.Exclusions;
import org.mingle.domain.matching.MatchSettings;
import org.mingle.domain.matching.MatchingEngine;
import org.mingle.domain.matching.MatchingModel;
import org.mingle.domain.matching.MatchingModels;
import org.mingle.domain.meetings.BlockService;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MetByCode;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.profiles.Relationship;
import org.mingle.domain.registration.Registration;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.rounds.RoundService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.RuleViolationException;

/**
 * Connections: two attendees recording that they met at an event (by connect code, "We met" on a meeting or a round,
 * or the attendee list), each keeping private notes and follow-ups on it. One connection per pair and event, whoever
 * records it and however often: the database's unique key decides when both record at the same moment.
 */
@Singleton
public class ConnectionService {

    /** The network page, and its query parameter opening one connection: notices link there; the web UI routes it. */
    public static final String NETWORK_PAGE = "network";
    public static final String NETWORK_CONNECTION = "connection";
    /** How far around an event's time it counts as happening now, for choosing where to connect. */
    static final Duration AROUND_NOW = Duration.ofHours(3);
    static final int SEARCH_LIMIT = 20;
    private static final int RECOMMENDATIONS_SHOWN = 10;

    private final Connections connections;
    private final ConnectedAcquaintances acquaintances;
    private final EventService events;
    private final RegistrationService registrations;
    private final ProfileService profiles;
    private final BlockService blocks;
    private final MeetingRequestService meetings;
    private final RoundService rounds;
    private final MatchingModels models;
    private final TransactionOperations<java.sql.Connection> transactions;
    private final ApplicationEventPublisher<ConnectedPairs.Recorded> recorded;
    private final ApplicationEventPublisher<MetByCode> scanned;
    private final Clock clock;

    ConnectionService(Connections connections, ConnectedAcquaintances acquaintances, EventService events, RegistrationService registrations,
                      ProfileService profiles, BlockService blocks, MeetingRequestService meetings, RoundService rounds,
                      MatchingModels models, TransactionOperations<java.sql.Connection> transactions,
                      ApplicationEventPublisher<ConnectedPairs.Recorded> recorded,
                      ApplicationEventPublisher<MetByCode> scanned, Clock clock) {
        this.scanned = scanned;
        this.connections = connections;
        this.acquaintances = acquaintances;
        this.events = events;
        this.registrations = registrations;
        this.profiles = profiles;
        this.blocks = blocks;
        this.meetings = meetings;
        this.rounds = rounds;
        this.models = models;
        this.transactions = transactions;
        this.recorded = recorded;
        this.clock = clock;
    }

    /** The actor's connect code, made on first use. */
    @Transactional
    public ConnectCode myCode(AccountId actor) {
        Optional<ConnectCode> existing = connections.codeOf(actor);
        while (existing.isEmpty()) {
            connections.insertCode(actor, ConnectCode.random(), now());
            existing = connections.codeOf(actor);
        }
        return existing.get();
    }

    /**
     * Who has the code, and the events where the actor can connect with them.
     *
     * @throws ConnectCodeNotFoundException when nobody has the code
     * @throws RuleViolationException       when it is the actor's own code
     */
    @ReadOnly
    public ConnectTarget target(AccountId actor, String code) {
        AccountId owner = ownerOf(code);
        if (owner.equals(actor)) {
            throw new RuleViolationException("This is your own connect code: show it to the people you meet.");
        }
        ProfileView person = profiles.findView(actor, owner).orElseThrow(ConnectCodeNotFoundException::new);
        Set<EventId> theirs = new HashSet<>(confirmedEvents(owner));
        Instant now = now();
        List<Event> common = confirmedEvents(actor).stream().filter(theirs::contains)
                .map(id -> events.get(Optional.of(actor), id))
                .filter(event -> event.status() == EventStatus.PUBLISHED || event.status() == EventStatus.COMPLETED)
                .sorted(Comparator.comparing((Event event) -> !happeningAt(event, now))
                        .thenComparing(event -> Duration.between(event.details().startsAt(), now).abs()))
                .toList();
        int happening = (int) common.stream().filter(event -> happeningAt(event, now)).count();
        return new ConnectTarget(person, common, happening);
    }

    /** Records a connection with the owner of a connect code. */
    public Recorded recordByCode(AccountId actor, EventId eventId, String code) {
        return record(actor, eventId, ownerOf(code), ConnectionSource.CODE);
    }

    /**
     * Records that the actor met another attendee at the event; recording again is harmless and brings the connection
     * back to the actor's network if they had removed it.
     *
     * @throws AccessDeniedException  when the actor is not a confirmed attendee of the event
     * @throws RuleViolationException when the other is not one, is the actor, or either blocked the other
     */
    public Recorded record(AccountId actor, EventId eventId, AccountId other, ConnectionSource source) {
        // Whom matching recommended comes from the event's model, read before the write transaction opens: where this
        // instance has no model of the event yet, building it must not keep a write transaction waiting.
        // Only a confirmed attendee may cause the build, so nobody else can make the instance read a whole event.
        MatchingModel model = models.built(eventId)
                .orElseGet(() -> registrations.isConfirmed(eventId, actor) ? models.of(eventId) : null);
        return transactions.executeWrite(status -> record(model, actor, eventId, other, source));
    }

    private Recorded record(MatchingModel model, AccountId actor, EventId eventId, AccountId other,
                            ConnectionSource source) {
        Event event = events.get(Optional.of(actor), eventId);
        List<AccountId> confirmed = registrations.confirmedAmong(eventId, List.of(actor, other));
        if (!confirmed.contains(actor)) {
            throw new AccessDeniedException("Only confirmed attendees of this event can record connections here.");
        }
        if (event.status() != EventStatus.PUBLISHED && event.status() != EventStatus.COMPLETED) {
            throw new RuleViolationException("Connections can only be recorded at an event that takes place.");
        }
        if (actor.equals(other)) {
            throw new RuleViolationException("You cannot connect with yourself.");
        }
        if (!confirmed.contains(other)) {
            throw new RuleViolationException("This person is not a confirmed attendee of this event.");
        }
        if (blocks.blockedEitherWay(actor, other)) {
            throw new RuleViolationException("You cannot connect with this person.");
        }
        Instant now = now();
        Connection added = null;
        Connection connection = connections.between(eventId, actor, other).orElse(null);
        Map<AccountId, Profile> both = Map.of(); // read for the facts, and shown in the answer
        if (connection == null) {
            AccountId[] pair = Connection.ordered(actor, other);
            both = profilesOf(pair[0], pair[1]);
            var created = new Connection(ConnectionId.newId(), eventId, pair[0], pair[1], actor, source,
                    facts(model != null ? model : models.of(eventId), event, both.get(pair[0]), both.get(pair[1])),
                    now);
            if (connections.insertIfAbsent(created)) {
                added = created;
                connections.ensureEntry(created, other, now);
                recorded.publishEvent(new ConnectedPairs.Recorded(eventId, Exclusions.Pair.of(actor, other)));
            }
            // Recorded by the other at the same moment: theirs is the connection.
            connection = added != null ? added : connections.between(eventId, actor, other).orElseThrow();
        }
        connections.ensureEntry(connection, actor, now);
        if (source == ConnectionSource.CODE) {
            // Showing a code is meeting in person: a booked meeting of the two whose slot runs now took place.
            scanned.publishEvent(new MetByCode(eventId, actor, other, now));
        }
        var result = new Recorded(added != null ? created(added, event, both.get(other))
                : find(actor, connection.id()), added != null);
        if (added != null) {
            // Last: every connection of the event adds to the same counter rows, which stay locked until commit.
            connections.count(added);
        }
        return result;
    }

    /** A connection as recorded: {@code created} is false when the pair had already connected at the event. */
    public record Recorded(MyConnection connection, boolean created) {
    }

    /**
     * Confirmed attendees of the event whose name contains the query, to connect with; at most 20, as the actor may
     * see them.
     */
    @ReadOnly
    public List<ProfileView> searchAttendees(AccountId actor, EventId eventId, String query) {
        events.get(Optional.of(actor), eventId);
        if (!registrations.isConfirmed(eventId, actor)) {
            throw new AccessDeniedException("Only confirmed attendees of this event can search its attendees.");
        }
        String key = query == null ? "" : Interest.comparisonKey(query);
        if (key.isEmpty()) {
            return List.of();
        }
        return profiles.confirmedAttendeesOf(eventId).stream()
                .filter(profile -> !profile.accountId().equals(actor))
                .filter(profile -> Interest.comparisonKey(profile.displayName()).contains(key))
                .sorted(Comparator.comparing(Profile::displayName))
                .limit(SEARCH_LIMIT)
                .flatMap(profile -> profiles.findView(actor, profile.accountId()).stream())
                .toList();
    }

    /**
     * The people of the actor's network (connections at any event, kept by both) who are confirmed for the event, by
     * name: "3 people you know are going". Each is seen as their profile's visibility lets the actor see them; someone
     * who no longer keeps the connection, or blocked either way, is not shown (decision 42).
     *
     * @throws org.mingle.domain.events.EventNotFoundException when the actor may not see the event
     */
    @ReadOnly
    public List<ProfileView> knownAttendees(AccountId actor, EventId eventId) {
        events.get(Optional.of(actor), eventId);
        Set<AccountId> network = connections.networkOf(actor);
        network.remove(actor);
        if (network.isEmpty()) {
            return List.of();
        }
        List<AccountId> going = registrations.confirmedAmong(eventId, network);
        if (going.isEmpty()) {
            return List.of();
        }
        Set<AccountId> blocked = new HashSet<>();
        blocks.involving(List.of(actor)).forEach(block -> {
            blocked.add(block.blocker());
            blocked.add(block.blocked());
        });
        return profiles.views(actor, going).values().stream()
                .filter(view -> view.relationship() == Relationship.CONNECTION)
                .filter(view -> !blocked.contains(view.accountId()))
                .sorted(Comparator.comparing(ProfileView::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(view -> view.accountId().value()))
                .toList();
    }

    /** Whether a connection between the two was recorded at the event, whoever still keeps it. */
    @ReadOnly
    public boolean connectedAt(EventId eventId, AccountId a, AccountId b) {
        return !a.equals(b) && connections.between(eventId, a, b).isPresent();
    }

    /**
     * The actor's own entries on their connections with one person, at every event, newest first: where and when they
     * met, and the actor's private notes. Empty when the actor keeps none (never connected, or removed them all).
     */
    @ReadOnly
    public List<SharedConnection> with(AccountId actor, AccountId other) {
        return actor.equals(other) ? List.of() : connections.entriesWith(actor, other);
    }

    /**
     * Each account's mutual network: the people who keep the account in their network while the account keeps them
     * in its own, those to whom the account is a connection ({@link Relationship#CONNECTION}) through a recorded
     * connection. One query for all the accounts, and one more for each account that has a network; accounts without
     * a mutual network are left out.
     */
    @ReadOnly
    public Map<AccountId, Set<AccountId>> mutualNetworksOf(Collection<AccountId> accounts) {
        var mutual = new HashMap<AccountId, Set<AccountId>>();
        connections.networksOf(accounts).forEach((account, network) -> {
            network.remove(account);
            var known = network.isEmpty() ? Set.<AccountId>of() : acquaintances.knownTo(account, network);
            if (!known.isEmpty()) {
                mutual.put(account, known);
            }
        });
        return mutual;
    }

    /** The actor's network across events: due follow-ups first (earliest reminder first), then newest. */
    @ReadOnly
    public List<MyConnection> network(AccountId actor, NetworkFilter filter) {
        LocalDate today = today();
        String text = filter.text() == null || filter.text().isBlank() ? null : Interest.comparisonKey(filter.text());
        List<Connections.Entry> entries = connections.entriesOf(actor).stream()
                .filter(entry -> filter.event() == null || entry.connection().eventId().equals(filter.event()))
                .filter(entry -> filter.tag() == null || filter.tag().isBlank()
                        || entry.notes().tags().stream().anyMatch(tag -> tag.equalsIgnoreCase(filter.tag().strip())))
                .filter(entry -> filter.followUp() == null || entry.notes().followUp() == filter.followUp())
                .filter(entry -> !filter.dueOnly() || entry.notes().dueOn(today))
                .toList();
        Map<AccountId, ProfileView> others = profiles.views(actor,
                entries.stream().map(entry -> entry.connection().otherThan(actor)).toList());
        Map<EventId, String> titles = events.titles(entries.stream().map(entry -> entry.connection().eventId())
                .collect(Collectors.toSet()));
        return entries.stream()
                .flatMap(entry -> Optional.ofNullable(others.get(entry.connection().otherThan(actor)))
                        .map(other -> mine(entry, titles.get(entry.connection().eventId()), other)).stream())
                .filter(mine -> text == null || matches(mine, text))
                .sorted(Comparator.comparing((MyConnection mine) -> !mine.notes().dueOn(today))
                        .thenComparing(mine -> mine.notes().dueOn(today) ? mine.notes().remindAt() : LocalDate.MAX)
                        .thenComparing(MyConnection::connectedAt, Comparator.reverseOrder()))
                .toList();
    }

    /** How many of the actor's follow-ups are due today or overdue. */
    @ReadOnly
    public int dueCount(AccountId actor) {
        return connections.countDue(actor, today());
    }

    /**
     * Every owner's follow-ups, not done, whose reminder day is today or yesterday, for the notice that tells each
     * owner: at most {@code limit}, ordered by owner and connection, after {@code after} when given (to page through
     * a busy day). Today is the installation clock's day, as for {@link #dueCount}, so a notice never leads to a
     * network where the follow-up is not due yet; yesterday counts too, so a check missed around midnight catches up,
     * while reminders set on days long past stay with the badge.
     */
    @ReadOnly
    public List<DueFollowUp> followUpsDue(Optional<DueFollowUp> after, int limit) {
        LocalDate today = today();
        List<Connections.Owned> due = connections.dueBetween(today.minusDays(1), today, after, limit);
        Map<AccountId, String> names = profiles.namesOf(due.stream()
                .map(owned -> owned.entry().connection().otherThan(owned.owner())).collect(Collectors.toSet()));
        Map<EventId, String> titles = events.titles(due.stream()
                .map(owned -> owned.entry().connection().eventId()).collect(Collectors.toSet()));
        return due.stream().map(owned -> {
            Connection connection = owned.entry().connection();
            PrivateNotes notes = owned.entry().notes();
            return new DueFollowUp(connection.id(), owned.owner(), notes.remindAt(), notes.followUp(), notes.note(),
                    names.get(connection.otherThan(owned.owner())), connection.eventId(),
                    titles.get(connection.eventId()));
        }).toList();
    }

    /** One connection of the actor's network. */
    @ReadOnly
    public MyConnection find(AccountId actor, ConnectionId id) {
        return connections.entry(actor, id).flatMap(entry -> view(actor, entry))
                .orElseThrow(ConnectionNotFoundException::new);
    }

    /** Changes the actor's private notes on a connection. */
    @Transactional
    public MyConnection update(AccountId actor, ConnectionId id, NotesPatch patch) {
        MyConnection current = find(actor, id);
        PrivateNotes notes = ConnectionRules.apply(current.notes(), patch);
        connections.saveNotes(id, actor, notes, now());
        return find(actor, id);
    }

    /** Removes the connection, and the actor's notes on it, from the actor's network; the other person keeps theirs. */
    @Transactional
    public void remove(AccountId actor, ConnectionId id) {
        if (!connections.deleteEntry(id, actor)) {
            throw new ConnectionNotFoundException();
        }
    }

    private Optional<MyConnection> view(AccountId actor, Connections.Entry entry) {
        EventId event = entry.connection().eventId();
        String title = events.titles(List.of(event)).get(event);
        return profiles.findView(actor, entry.connection().otherThan(actor)).map(other -> mine(entry, title, other));
    }

    private static MyConnection mine(Connections.Entry entry, String eventTitle, ProfileView other) {
        Connection connection = entry.connection();
        return new MyConnection(connection.id(), connection.eventId(), eventTitle, other,
                connection.connectedAt(), connection.source(), entry.notes());
    }

    private static boolean matches(MyConnection mine, String key) {
        var other = mine.other();
        return Stream.of(other.displayName(), other.headline(), other.company(), mine.notes().note())
                .anyMatch(text -> text != null && Interest.comparisonKey(text).contains(key));
    }

    /** Both confirmed attendees' whole profiles, in one batch. */
    private Map<AccountId, Profile> profilesOf(AccountId first, AccountId second) {
        Map<AccountId, Profile> both = new HashMap<>();
        profiles.wholeProfiles(List.of(first, second)).forEach(profile -> both.put(profile.accountId(), profile));
        both.computeIfAbsent(first, profiles::mine);
        both.computeIfAbsent(second, profiles::mine);
        return both;
    }

    /**
     * A connection this transaction created, as the actor's network shows it, from what recording has read: both
     * entries are new, so the notes are empty and the two are connected (both keep it, {@link Relationship}).
     */
    private static MyConnection created(Connection connection, Event event, Profile other) {
        return mine(new Connections.Entry(connection, PrivateNotes.NONE), event.details().title(),
                other.as(Relationship.CONNECTION));
    }

    private ConnectionFacts facts(MatchingModel model, Event event, Profile one, Profile two) {
        AccountId first = one.accountId();
        AccountId second = two.accountId();
        MatchingEngine engine = model.engine(MatchSettings.of(event.details()));
        boolean recommended = recommends(engine, first, second) || recommends(engine, second, first);
        return ConnectionFacts.of(one, two, recommended, rounds.satTogether(event.id(), first, second),
                meetings.matched(event.id(), first, second));
    }

    private static boolean recommends(MatchingEngine engine, AccountId viewer, AccountId other) {
        return engine.contains(viewer) && engine.isAmongBest(viewer, other, RECOMMENDATIONS_SHOWN);
    }

    private AccountId ownerOf(String code) {
        return ConnectCode.parse(code).flatMap(connections::ownerOf).orElseThrow(ConnectCodeNotFoundException::new);
    }

    private List<EventId> confirmedEvents(AccountId account) {
        List<EventId> ids = new ArrayList<>();
        for (Registration registration : registrations.mine(account)) {
            if (registration.status() == RegistrationStatus.CONFIRMED) {
                ids.add(registration.eventId());
            }
        }
        return ids;
    }

    private static boolean happeningAt(Event event, Instant now) {
        return !now.isBefore(event.details().startsAt().minus(AROUND_NOW))
                && !now.isAfter(event.details().endsAt().plus(AROUND_NOW));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
