package org.mingle.domain.registration;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventNotFoundException;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.EventSeats;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.domain.shared.TextRules;

/**
 * Registration, waitlist, approval and check-in: the feature's entry point for API and UI. Every change that moves
 * seats locks the event's row first, so whatever the concurrency there are never more CONFIRMED registrations than
 * seats, waitlist positions stay 1..k without gaps, and nobody holds two active registrations for one event.
 */
@Singleton
public class RegistrationService {

    /** The most registrations one bulk action takes: more than a screenful, and the event's lock is held briefly. */
    public static final int BULK_MAX = 200;

    private final Registrations registrations;
    private final SeatLock seatLock;
    private final EventService events;
    private final WaitlistPromotion waitlist;
    private final ApplicationEventPublisher<AttendeeJoined> arrivals;
    private final ApplicationEventPublisher<AttendeeLeft> departures;
    private final ApplicationEventPublisher<RegistrationChanged> changes;
    private final ApplicationEventPublisher<RegistrationCreated> creations;
    private final ApplicationEventPublisher<RegistrationRequested> requests;
    private final ApplicationEventPublisher<RegistrationCancelled> cancellations;
    private final ApplicationEventPublisher<CheckedIn> checkIns;
    private final Clock clock;

    RegistrationService(Registrations registrations, SeatLock seatLock, EventService events, WaitlistPromotion waitlist,
                        ApplicationEventPublisher<AttendeeJoined> arrivals,
                        ApplicationEventPublisher<AttendeeLeft> departures,
                        ApplicationEventPublisher<RegistrationChanged> changes,
                        ApplicationEventPublisher<RegistrationCreated> creations,
                        ApplicationEventPublisher<RegistrationRequested> requests,
                        ApplicationEventPublisher<RegistrationCancelled> cancellations,
                        ApplicationEventPublisher<CheckedIn> checkIns, Clock clock) {
        this.registrations = registrations;
        this.seatLock = seatLock;
        this.events = events;
        this.waitlist = waitlist;
        this.arrivals = arrivals;
        this.departures = departures;
        this.changes = changes;
        this.creations = creations;
        this.requests = requests;
        this.cancellations = cancellations;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /**
     * Registers the actor: CONFIRMED while seats remain, else WAITLISTED with a position; PENDING_APPROVAL when the
     * organizers approve each registration.
     *
     * @throws RuleViolationException      when the event is not open for registration
     * @throws AlreadyRegisteredException  when the actor already holds an active registration
     */
    @Transactional
    public Registration register(AccountId actor, EventId event) {
        requests.publishEvent(new RegistrationRequested(event, actor));
        var seats = seatLock.lock(event);
        var now = now();
        if (seats.status() == EventStatus.DRAFT && events.roleOf(Optional.of(actor), event).isEmpty()) {
            throw new EventNotFoundException(event); // another organizer's draft does not exist for the actor
        }
        if (seats.status() != EventStatus.PUBLISHED) {
            throw new RuleViolationException("This event is not open for registration (it is "
                    + seats.status().name().toLowerCase(java.util.Locale.ROOT) + ").")
                    .coded("registration.notOpen");
        }
        if (!now.isBefore(seats.registrationCloses())) {
            throw new RuleViolationException("Registration for this event has closed.")
                    .coded("registration.closed");
        }
        var latest = registrations.findLatest(event, actor);
        if (latest.filter(r -> r.status().isActive()).isPresent()) {
            throw new AlreadyRegisteredException();
        }
        if (latest.filter(r -> r.status() == RegistrationStatus.DECLINED).isPresent()) {
            throw new RuleViolationException("The organizers declined your registration for this event.")
                    .coded("registration.declined");
        }
        return insert(event, actor, CapacityPolicy.placeNew(CapacityPolicy.seatsOf(seats), seats.approvalRequired()),
                seats, now);
    }

    /**
     * Registers a person an organizer adds by hand (a walk-in, a guest, someone who called): CONFIRMED while seats
     * remain, else WAITLISTED, told as if they had registered themselves. The organizer's choice is the approval, and
     * the registration deadline does not apply (walk-ins come after it); the event must be published. For
     * {@link HandRegistrations}, which finds the person by their address.
     *
     * @throws AlreadyRegisteredException when the person already holds an active registration
     */
    Registration registerByOrganizer(AccountId actor, EventId event, AccountId person, String name) {
        requireRole(actor, event, EventAccess::canManage, "Only the event's organizers can add registrants.");
        var seats = seatLock.lock(event);
        if (seats.status() != EventStatus.PUBLISHED) {
            throw new RuleViolationException("People can be added while the event is published; it is "
                    + seats.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        var active = registrations.findActive(event, person);
        if (active.isPresent()) {
            throw new AlreadyRegisteredException(name + " is already registered ("
                    + RegistrationNotConfirmedException.label(active.get().status()) + ").");
        }
        return insert(event, person, CapacityPolicy.placeApproved(CapacityPolicy.seatsOf(seats)), seats, now());
    }

    private Registration insert(EventId event, AccountId person, CapacityPolicy.Placement placement, EventSeats seats,
                                Instant now) {
        var id = new RegistrationId(java.util.UUID.randomUUID());
        registrations.insert(id, event, person, placement, CheckInCodes.next(), now);
        switch (placement.status()) {
            case CONFIRMED -> {
                seatLock.save(event, seats.confirmed() + 1, seats.waitlisted(), seats.pending());
                arrivals.publishEvent(new AttendeeJoined(event, person));
                changes.publishEvent(RegistrationChanged.of(event, person, RegistrationChanged.Change.CONFIRMED,
                        seats));
            }
            case WAITLISTED -> {
                seatLock.save(event, seats.confirmed(), seats.waitlisted() + 1, seats.pending());
                changes.publishEvent(RegistrationChanged.waitlisted(event, person, placement.waitlistPosition(),
                        seats));
            }
            default -> seatLock.save(event, seats.confirmed(), seats.waitlisted(), seats.pending() + 1);
        }
        creations.publishEvent(new RegistrationCreated(event, id, person, placement.status()));
        return registrations.find(event, id).orElseThrow();
    }

    /**
     * For other features acting on a person's behalf at an event: the person's CONFIRMED registration, locked until
     * the transaction ends so that this person's actions at this event (such as sending meeting requests) queue
     * behind each other. Empty when the person is not a confirmed attendee.
     */
    @Transactional
    public Optional<Registration> lockConfirmed(EventId event, AccountId account) {
        return registrations.lockActive(event, account).filter(r -> r.status() == RegistrationStatus.CONFIRMED);
    }

    /** Whether the account holds a CONFIRMED registration for the event. */
    @ReadOnly
    public boolean isConfirmed(EventId event, AccountId account) {
        return registrations.findActive(event, account).filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .isPresent();
    }

    /** Everyone holding a CONFIRMED registration for the event, for matching and scheduling. */
    @ReadOnly
    public List<AccountId> confirmedAttendees(EventId event) {
        return registrations.confirmedAttendees(event);
    }

    /** Everyone whose registration is active (confirmed, waitlisted or pending), for telling them of changes. */
    @ReadOnly
    public List<AccountId> activeRegistrants(EventId event) {
        return registrations.activeRegistrants(event);
    }

    /** Those among the accounts holding a CONFIRMED registration for the event. */
    @ReadOnly
    public List<AccountId> confirmedAmong(EventId event, Collection<AccountId> among) {
        return among.isEmpty() ? List.of() : registrations.confirmedAmong(event, among);
    }

    /** The events the account holds an active registration for (confirmed, waitlisted or waiting for approval). */
    @ReadOnly
    public List<EventId> activeEventsOf(AccountId account) {
        return registrations.eventsWithActiveRegistrationOf(account);
    }

    /** The events where both hold a confirmed seat (a contact's events together). */
    @ReadOnly
    public Set<EventId> confirmedTogether(AccountId a, AccountId b) {
        return a.equals(b) ? Set.of() : registrations.confirmedTogether(a, b);
    }

    /** Those among the accounts holding an active registration for at least one of the events. */
    @ReadOnly
    public Set<AccountId> activeAtAny(Collection<EventId> events, Collection<AccountId> among) {
        return registrations.activeAtAny(events, among);
    }

    /** Everyone checked in at the event, for seating the people actually there. */
    @ReadOnly
    public List<AccountId> checkedInAttendees(EventId event) {
        return registrations.checkedIn(event);
    }

    /**
     * Cancels the actor's active registration; a freed seat goes to the first on the waitlist at once.
     *
     * @throws CheckedInRegistrationException when the actor was checked in: the registration records that they came
     */
    @Transactional
    public Registration cancel(AccountId actor, EventId event) {
        var seats = seatLock.lock(event);
        var registration = registrations.findActive(event, actor).orElseThrow(RegistrationNotFoundException::new);
        if (registration.checkedIn()) {
            throw new CheckedInRegistrationException();
        }
        leave(registration, RegistrationStatus.CANCELLED, seats);
        return registrations.find(event, registration.id()).orElseThrow();
    }

    /** Approves a pending registration: confirmed if a seat is free, otherwise onto the waitlist (the status says). */
    @Transactional
    public Registration approve(AccountId actor, EventId event, RegistrationId id) {
        requireRole(actor, event, EventAccess::canManage, "Only the event's organizers can approve registrations.");
        var seats = seatLock.lock(event);
        var registration = pending(event, id);
        var placement = CapacityPolicy.placeApproved(CapacityPolicy.seatsOf(seats));
        if (placement.status() == RegistrationStatus.CONFIRMED) {
            approveIntoSeat(registration, seats);
        } else {
            registrations.setStatus(id, placement.status(), placement.waitlistPosition(), now());
            seatLock.save(event, seats.confirmed(), seats.waitlisted() + 1, seats.pending() - 1);
            changes.publishEvent(RegistrationChanged.waitlisted(event, registration.accountId(),
                    placement.waitlistPosition(), seats));
        }
        return registrations.find(event, registration.id()).orElseThrow();
    }

    /**
     * Approves the pending registrations among {@code ids} into the free seats, the earliest registered first, all
     * in one transaction under the event's lock; each approved person is told as by {@link #approve}. Those for
     * whom no seat is left stay waiting for approval: a bulk approval never fills the waitlist, so who waits for a
     * seat stays the organizers' choice, one by one.
     *
     * @throws InvalidInputException for {@code registrations} when none, or more than {@value #BULK_MAX}, are given
     */
    @Transactional
    public BulkOutcome approveAll(AccountId actor, EventId event, Collection<RegistrationId> ids) {
        requireRole(actor, event, EventAccess::canManage, "Only the event's organizers can approve registrations.");
        requireBulk(ids);
        seatLock.lock(event);
        var selected = pendingAmong(event, ids);
        var approved = new ArrayList<Registration>();
        var stillPending = new ArrayList<Registration>();
        for (var registration : selected) {
            var seats = seatLock.lock(event); // the counters as the previous approval left them
            if (seats.confirmed() < seats.capacity()) {
                approveIntoSeat(registration, seats);
                approved.add(registrations.find(event, registration.id()).orElseThrow());
            } else {
                stillPending.add(registration);
            }
        }
        return new BulkOutcome(approved, stillPending, ids.size() - selected.size());
    }

    /**
     * Declines the pending registrations among {@code ids}, in one transaction; each person is told as by
     * {@link #decline}.
     *
     * @throws InvalidInputException for {@code registrations} when none, or more than {@value #BULK_MAX}, are given
     */
    @Transactional
    public BulkOutcome declineAll(AccountId actor, EventId event, Collection<RegistrationId> ids) {
        requireRole(actor, event, EventAccess::canManage, "Only the event's organizers can decline registrations.");
        requireBulk(ids);
        seatLock.lock(event);
        var declined = new ArrayList<Registration>();
        var selected = pendingAmong(event, ids);
        for (var registration : selected) {
            var seats = seatLock.lock(event);
            leave(registration, RegistrationStatus.DECLINED, seats);
            changes.publishEvent(RegistrationChanged.of(event, registration.accountId(),
                    RegistrationChanged.Change.DECLINED, seats));
            declined.add(registrations.find(event, registration.id()).orElseThrow());
        }
        return new BulkOutcome(declined, List.of(), ids.size() - selected.size());
    }

    /** Declines a pending registration. */
    @Transactional
    public Registration decline(AccountId actor, EventId event, RegistrationId id) {
        requireRole(actor, event, EventAccess::canManage, "Only the event's organizers can decline registrations.");
        var seats = seatLock.lock(event);
        var registration = pending(event, id);
        leave(registration, RegistrationStatus.DECLINED, seats);
        changes.publishEvent(RegistrationChanged.of(event, registration.accountId(),
                RegistrationChanged.Change.DECLINED, seats));
        return registrations.find(event, id).orElseThrow();
    }

    /**
     * Checks a confirmed registration in by its code. Checking in twice is harmless.
     *
     * @throws CheckInCodeNotFoundException when no registration of the event has the code
     * @throws RegistrationNotConfirmedException when the registration is not confirmed
     */
    @Transactional
    public CheckInResult checkIn(AccountId actor, EventId event, String code) {
        requireRole(actor, event, EventAccess::canCheckIn, "Only the event's team can check people in.");
        TextRules.requireValid("checkInCode", code);
        var registration = registrations.findByCode(event, CheckInCodes.normalise(code))
                .orElseThrow(CheckInCodeNotFoundException::new);
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw new RegistrationNotConfirmedException(registration);
        }
        boolean first = registrations.markCheckedIn(registration.id(), now());
        if (first) {
            checkIns.publishEvent(new CheckedIn(event, registration.id(), registration.accountId()));
        }
        return new CheckInResult(registrations.find(event, registration.id()).orElseThrow(), !first);
    }

    /** The actor's registrations, newest first. */
    @ReadOnly
    public List<Registration> mine(AccountId actor) {
        return registrations.ofAccount(actor);
    }

    /** The actor's active registration for the event, if any. */
    @ReadOnly
    public Optional<Registration> mineAt(AccountId actor, EventId event) {
        return registrations.findActive(event, actor);
    }

    /** The actor's most recent registration for the event in any status (cancelled and declined included). */
    @ReadOnly
    public Optional<Registration> latestAt(AccountId actor, EventId event) {
        return registrations.findLatest(event, actor);
    }

    /**
     * One of the event's registrations, for its team.
     *
     * @throws RegistrationNotFoundException when the event has no such registration
     */
    @ReadOnly
    public Registration registration(AccountId actor, EventId event, RegistrationId id) {
        requireRole(actor, event, EventAccess::canSeeRegistrations, "Only the event's team can see its registrations.");
        return registrations.find(event, id).orElseThrow(RegistrationNotFoundException::new);
    }

    /** The event's registrations, for its team. */
    @ReadOnly
    public Page<Registration> list(AccountId actor, EventId event, RegistrationFilter filter, PageRequest page) {
        requireRole(actor, event, EventAccess::canSeeRegistrations, "Only the event's team can see its registrations.");
        return registrations.list(event, filter, page);
    }

    /**
     * The people behind the chosen registrations of the event that are active (confirmed, waitlisted or pending), for
     * messaging a selection; registrations of other events, cancelled and declined ones are left out.
     *
     * @throws InvalidInputException for {@code registrations} when none, or more than {@value #BULK_MAX}, are given
     */
    @ReadOnly
    public List<AccountId> activeAccountsOf(AccountId actor, EventId event, Collection<RegistrationId> ids) {
        requireRole(actor, event, EventAccess::canSeeRegistrations, "Only the event's team can see its registrations.");
        requireBulk(ids);
        return new LinkedHashSet<>(ids).stream().map(id -> registrations.find(event, id)).flatMap(Optional::stream)
                .filter(r -> r.status().isActive()).map(Registration::accountId).distinct().toList();
    }

    /** Every registration of the event in list order, one at a time (constant memory, for exports). */
    @ReadOnly
    public void forEach(AccountId actor, EventId event, RegistrationFilter filter, Consumer<Registration> sink) {
        requireRole(actor, event, EventAccess::canSeeRegistrations, "Only the event's team can see its registrations.");
        registrations.forEach(event, filter, sink);
    }

    @ReadOnly
    public RegistrationCounts counts(AccountId actor, EventId event) {
        var e = requireRole(actor, event, EventAccess::canSeeRegistrations,
                "Only the event's team can see its registrations.");
        return new RegistrationCounts(e.confirmedCount(), e.waitlistCount(), registrations.countPending(event),
                registrations.countCheckedIn(event));
    }

    /**
     * Cancels every active registration of an account being erased, freeing its seats for the waitlist. A checked-in
     * registration stays as it is: the (now anonymous) person came, and the event's counts and report say so.
     */
    void cancelAllForErasure(AccountId account) {
        for (var event : registrations.eventsWithActiveRegistrationOf(account)) {
            var seats = seatLock.lock(event);
            registrations.findActive(event, account).filter(r -> !r.checkedIn())
                    .ifPresent(r -> leave(r, RegistrationStatus.CANCELLED, seats));
        }
    }

    private void leave(Registration registration, RegistrationStatus finalStatus, EventSeats seats) {
        var event = registration.eventId();
        registrations.setStatus(registration.id(), finalStatus, null, now());
        switch (registration.status()) {
            case CONFIRMED -> {
                var after = new EventSeats(seats.status(), seats.capacity(), seats.confirmed() - 1, seats.waitlisted(),
                        seats.pending(), seats.approvalRequired(), seats.registrationCloses(), seats.headline());
                seatLock.save(event, after.confirmed(), after.waitlisted(), after.pending());
                waitlist.promote(event, after);
                departures.publishEvent(new AttendeeLeft(event, registration.accountId()));
            }
            case WAITLISTED -> {
                registrations.closeWaitlistGap(event, registration.waitlistPosition());
                seatLock.save(event, seats.confirmed(), seats.waitlisted() - 1, seats.pending());
            }
            case PENDING_APPROVAL ->
                    seatLock.save(event, seats.confirmed(), seats.waitlisted(), seats.pending() - 1);
            default -> throw new IllegalStateException("not active: " + registration.status());
        }
        if (finalStatus == RegistrationStatus.CANCELLED) {
            cancellations.publishEvent(new RegistrationCancelled(event, registration.id(), registration.accountId(),
                    registration.status()));
        }
    }

    /** Confirms a pending registration into a seat that is free; only under the event's lock. */
    private void approveIntoSeat(Registration registration, EventSeats seats) {
        var event = registration.eventId();
        registrations.setStatus(registration.id(), RegistrationStatus.CONFIRMED, null, now());
        seatLock.save(event, seats.confirmed() + 1, seats.waitlisted(), seats.pending() - 1);
        arrivals.publishEvent(new AttendeeJoined(event, registration.accountId()));
        changes.publishEvent(RegistrationChanged.of(event, registration.accountId(),
                RegistrationChanged.Change.APPROVED, seats));
    }

    /** Refuses anyone but the event's organizers, before anything is said about an address. */
    void requireOrganizer(AccountId actor, EventId event) {
        requireRole(actor, event, EventAccess::canManage, "Only the event's organizers can add registrants.");
    }

    private static void requireBulk(Collection<RegistrationId> ids) {
        if (ids == null || ids.isEmpty()) {
            throw InvalidInputException.of("registrations", "choose at least one registration");
        }
        if (ids.size() > BULK_MAX) {
            throw InvalidInputException.of("registrations", "at most " + BULK_MAX + " at a time");
        }
    }

    /** The selected registrations of the event still waiting for approval, the earliest registered first. */
    private List<Registration> pendingAmong(EventId event, Collection<RegistrationId> ids) {
        return new LinkedHashSet<>(ids).stream().map(id -> registrations.find(event, id)).flatMap(Optional::stream)
                .filter(r -> r.status() == RegistrationStatus.PENDING_APPROVAL)
                .sorted(Comparator.comparing(Registration::registeredAt)
                        .thenComparing(r -> r.id().value()))
                .toList();
    }

    private Registration pending(EventId event, RegistrationId id) {
        var registration = registrations.find(event, id).orElseThrow(RegistrationNotFoundException::new);
        if (registration.status() != RegistrationStatus.PENDING_APPROVAL) {
            throw new ConflictException("Only a registration waiting for approval can be approved or declined; this "
                    + "one is " + RegistrationNotConfirmedException.label(registration.status()) + ".");
        }
        return registration;
    }

    /** The event, once the actor's role there allows the action. */
    private Event requireRole(AccountId actor, EventId event, java.util.function.Predicate<Optional<EventRole>> allowed,
                              String refusal) {
        var e = events.get(Optional.of(actor), event);
        var role = events.roleOf(Optional.of(actor), event);
        EventAccess.require(allowed.test(role), e, role, refusal);
        return e;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
