package org.mingle.domain.rounds;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.matching.Exclusions;
import org.mingle.domain.matching.MatchSettings;
import org.mingle.domain.matching.MatchingEngine;
import org.mingle.domain.matching.MatchingModel;
import org.mingle.domain.matching.MatchingModels;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;

/**
 * Speed-networking rounds: organizers plan them for the people present, attendees see where and with whom they sit.
 * Planning again keeps the rounds already started and replaces the others, so late arrivals and early leavers are
 * seated from the next round on.
 */
@Singleton
public class RoundService {

    private final Rounds rounds;
    private final EventService events;
    private final RegistrationService registrations;
    private final ProfileService profiles;
    private final MatchingModels models;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    RoundService(Rounds rounds, EventService events, RegistrationService registrations, ProfileService profiles,
                 MatchingModels models, TransactionOperations<Connection> transactions, Clock clock) {
        this.rounds = rounds;
        this.events = events;
        this.registrations = registrations;
        this.profiles = profiles;
        this.models = models;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Plans rounds for the people checked in (or confirmed, if asked) from the given start, after the rounds already
     * started, which stay as they are.
     *
     * @throws InvalidInputException  naming every refused field
     * @throws AccessDeniedException  when the actor is not an organizer of the event
     * @throws RuleViolationException when the event is not published or fewer than two people are present
     * @throws ConflictException      when someone present joined a moment ago on another instance (plan again)
     */
    public Schedule generate(AccountId actor, EventId eventId, RoundsInput input) {
        Event event = events.get(Optional.of(actor), eventId);
        var role = events.roleOf(Optional.of(actor), eventId);
        EventAccess.require(EventAccess.canManage(role), event, role,
                "Only the event's organizers can plan speed-networking rounds.");
        Instant now = now();
        var plan = RoundRules.validate(input, now);
        if (event.status() != EventStatus.PUBLISHED) {
            throw new RuleViolationException("Rounds can only be planned while the event is published.");
        }
        // Read before the write transaction opens: where this instance has no model of the event yet, building it
        // must not keep a write transaction waiting.
        MatchingModel model = models.of(eventId);
        return transactions.executeWrite(status -> plan(event, plan, now, model));
    }

    private Schedule plan(Event event, RoundRules.Plan plan, Instant now, MatchingModel model) {
        EventId eventId = event.id();
        rounds.lockEvent(eventId);
        List<ScheduledRound> held = rounds.of(eventId).stream().filter(r -> r.heldAt(now)).toList();
        if (!held.isEmpty() && plan.startsAt().isBefore(held.get(held.size() - 1).endsAt())) {
            throw InvalidInputException.of("startsAt", "must not be before the end of the round under way ("
                    + held.get(held.size() - 1).endsAt() + ")");
        }
        List<AccountId> seated = List.copyOf(new HashSet<>(plan.includeConfirmed()
                ? registrations.confirmedAttendees(eventId) : registrations.checkedInAttendees(eventId)));
        if (!seated.stream().allMatch(model::contains)) {
            throw new ConflictException("Someone joined the event a moment ago and is not ready for seating yet: "
                    + "plan the rounds again in a second.");
        }
        if (seated.size() < 2) {
            throw new RuleViolationException(plan.includeConfirmed()
                    ? "Speed networking needs at least two confirmed attendees."
                    : "Speed networking needs at least two people checked in; check people in, or include everyone"
                    + " confirmed.");
        }
        MatchingEngine engine = model.engine(MatchSettings.of(event.details()));
        boolean avoidEarlierPairs;
        if (plan.avoidEarlierPairs() == null) {
            avoidEarlierPairs = rounds.avoidsEarlierPairs(eventId);
        } else {
            avoidEarlierPairs = plan.avoidEarlierPairs();
            rounds.setAvoidsEarlierPairs(eventId, avoidEarlierPairs);
        }
        // Read with the model, once per build: planning queries nothing more for it (decision 42).
        Set<Exclusions.Pair> metBefore = avoidEarlierPairs ? model.pairsMetBefore() : Set.of();
        List<Round> planned = RoundPlanner.plan(seated, new MatchingAffinity(engine, engine.group(seated)),
                plan.rounds(), plan.oddCount(), held.stream().map(ScheduledRound::round).toList(), metBefore);
        rounds.deleteNotHeld(eventId, now);
        for (int i = 0; i < planned.size(); i++) {
            Instant start = plan.startOf(i);
            rounds.insert(eventId, new ScheduledRound(planned.get(i), start, start.plus(plan.length())));
        }
        return scheduleOf(eventId);
    }

    /**
     * Calls everyone to their tables for the next round: the first one not yet announced that has not ended. Its
     * people see the call on their phones; an announced round is held, so planning again keeps it.
     *
     * @throws AccessDeniedException  when the actor is not an organizer of the event
     * @throws RuleViolationException when no round is left to announce
     */
    @Transactional
    public ScheduledRound announceNext(AccountId actor, EventId eventId) {
        Event event = events.get(Optional.of(actor), eventId);
        var role = events.roleOf(Optional.of(actor), eventId);
        EventAccess.require(EventAccess.canManage(role), event, role,
                "Only the event's organizers can announce rounds.");
        rounds.lockEvent(eventId);
        Instant now = now();
        ScheduledRound next = rounds.of(eventId).stream()
                .filter(round -> round.announcedAt() == null && round.endsAt().isAfter(now))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("There is no round left to announce."));
        rounds.markAnnounced(eventId, next.number(), now);
        return new ScheduledRound(next.round(), next.startsAt(), next.endsAt(), now);
    }

    /**
     * Whether planning keeps apart people who met at earlier events of the event's group or series (on unless the
     * organizers turned it off when planning), for the planning form.
     *
     * @throws AccessDeniedException when the actor is not an organizer of the event
     */
    @ReadOnly
    public boolean avoidsEarlierPairs(AccountId actor, EventId eventId) {
        Event event = events.get(Optional.of(actor), eventId);
        var role = events.roleOf(Optional.of(actor), eventId);
        EventAccess.require(EventAccess.canManage(role), event, role,
                "Only the event's organizers can plan speed-networking rounds.");
        return rounds.avoidsEarlierPairs(eventId);
    }

    /** Every round with every table, for the event's team. */
    @ReadOnly
    public Schedule schedule(AccountId actor, EventId eventId) {
        Event event = events.get(Optional.of(actor), eventId);
        var role = events.roleOf(Optional.of(actor), eventId);
        EventAccess.require(EventAccess.canSeeRegistrations(role), event, role,
                "Only the event's team can see the whole speed-networking plan.");
        return scheduleOf(eventId);
    }

    /**
     * The actor's rounds: when, which table, with whom and why.
     *
     * @throws AccessDeniedException when the actor is neither a confirmed attendee nor seated in any round
     */
    @ReadOnly
    public List<MyRound> mine(AccountId actor, EventId eventId) {
        Event event = events.get(Optional.of(actor), eventId);
        List<ScheduledRound> all = rounds.of(eventId);
        boolean seated = all.stream().anyMatch(r -> seats(r.round(), actor));
        if (!seated && !registrations.isConfirmed(eventId, actor)) {
            throw new AccessDeniedException("Speed-networking rounds are for the event's attendees.");
        }
        MatchingModel model = models.of(eventId);
        MatchingEngine engine = model.engine(MatchSettings.of(event.details()));
        Set<AccountId> companions = new HashSet<>();
        all.forEach(scheduled -> scheduled.round().tables().stream().filter(table -> table.people().contains(actor))
                .forEach(table -> companions.addAll(table.people())));
        companions.remove(actor);
        Map<AccountId, ProfileView> views = profiles.views(actor, companions);
        List<MyRound> mine = new ArrayList<>();
        for (ScheduledRound scheduled : all) {
            Round round = scheduled.round();
            if (round.resting().contains(actor)) {
                mine.add(new MyRound(round.number(), scheduled.startsAt(), scheduled.endsAt(), null, List.of(),
                        scheduled.announcedAt()));
            }
            round.tables().stream().filter(table -> table.people().contains(actor)).findFirst().ifPresent(table -> {
                List<MyRound.Companion> with = new ArrayList<>();
                for (AccountId other : table.people()) {
                    ProfileView view = views.get(other);
                    if (view != null) {
                        List<Reason> reasons = new ArrayList<>(engine.contains(actor) && engine.contains(other)
                                ? engine.explain(actor, other) : List.of());
                        model.metBefore(actor, other).ifPresent(met -> reasons.add(Reason.metBefore(met)));
                        with.add(new MyRound.Companion(view, reasons));
                    }
                }
                mine.add(new MyRound(round.number(), scheduled.startsAt(), scheduled.endsAt(), table.number(), with,
                        scheduled.announcedAt()));
            });
        }
        return mine;
    }

    /** Every seat of the rounds, at any event, starting after {@code after} and no later than {@code until}. */
    @ReadOnly
    public List<RoundSeat> seatsStartingBetween(Instant after, Instant until) {
        return rounds.seatsStartingBetween(after, until);
    }

    /** Whether the two sat at one table in any round of the event. */
    @ReadOnly
    public boolean satTogether(EventId eventId, AccountId a, AccountId b) {
        return rounds.of(eventId).stream().flatMap(scheduled -> scheduled.round().tables().stream())
                .anyMatch(table -> table.people().contains(a) && table.people().contains(b));
    }

    private Schedule scheduleOf(EventId eventId) {
        List<ScheduledRound> all = rounds.of(eventId);
        Set<AccountId> everyone = new HashSet<>();
        for (ScheduledRound scheduled : all) {
            scheduled.round().tables().forEach(table -> everyone.addAll(table.people()));
            everyone.addAll(scheduled.round().resting());
        }
        return new Schedule(all, profiles.namesOf(everyone));
    }

    private static boolean seats(Round round, AccountId person) {
        return round.resting().contains(person)
                || round.tables().stream().anyMatch(table -> table.people().contains(person));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
