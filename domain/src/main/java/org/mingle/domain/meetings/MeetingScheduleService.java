package org.mingle.domain.meetings;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.domain.shared.SupportedInstants;

/**
 * One-to-one meetings in time and space: organizers set out networking sessions (cut into slots) and tables, accepted
 * meeting requests get the earliest slot where both people are free and a table has room, and either person can
 * propose another free slot, which the other accepts or declines. Every change to an event's bookings holds the
 * event's row lock, so two people accepting at the same moment cannot take the last place twice.
 */
@Singleton
public class MeetingScheduleService {

    private final MeetingSchedule schedule;
    private final MeetingPlacer placer;
    private final MeetingRequests requests;
    private final MeetingRequestService meetings;
    private final EventService events;
    private final ProfileService profiles;
    private final HeldMeetings held;

    MeetingScheduleService(MeetingSchedule schedule, MeetingPlacer placer, MeetingRequests requests,
                           MeetingRequestService meetings, EventService events, ProfileService profiles,
                           HeldMeetings held) {
        this.held = held;
        this.schedule = schedule;
        this.placer = placer;
        this.requests = requests;
        this.meetings = meetings;
        this.events = events;
        this.profiles = profiles;
    }

    /** Sessions, tables, every meeting with a time and those still waiting, for the event's team. */
    @ReadOnly
    public MeetingAgenda agenda(AccountId actor, EventId eventId) {
        Event event = events.get(Optional.of(actor), eventId);
        var role = events.roleOf(Optional.of(actor), eventId);
        EventAccess.require(EventAccess.canSeeRegistrations(role), event, role,
                "Only the event's team can see every meeting.");
        List<MeetingTable> tables = schedule.tables(eventId);
        Map<MeetingTableId, MeetingTable> tableById = tables.stream()
                .collect(Collectors.toMap(MeetingTable::id, Function.identity()));
        List<MeetingSchedule.Booking> bookings = schedule.bookings(eventId);
        List<MeetingRequest> accepted = requests.accepted(eventId);
        Set<AccountId> people = new HashSet<>();
        accepted.forEach(request -> {
            people.add(request.from());
            people.add(request.to());
        });
        Map<AccountId, String> names = profiles.namesOf(people);
        Set<MeetingRequestId> booked = bookings.stream().map(b -> b.booked().meeting()).collect(Collectors.toSet());
        return new MeetingAgenda(schedule.sessions(eventId), tables,
                bookings.stream().map(MeetingSchedule.Booking::booked).map(b -> new MeetingAgenda.Booked(b.meeting(),
                        names.get(b.first()), names.get(b.second()), b.placement().slot(),
                        tableById.get(b.placement().table()))).toList(),
                accepted.stream().filter(request -> !booked.contains(request.id()))
                        .sorted(Comparator.comparing(MeetingRequest::respondedAt))
                        .map(request -> new MeetingAgenda.Waiting(request.id(), names.get(request.from()),
                                names.get(request.to()))).toList());
    }

    /**
     * Adds a networking session and gives its slots to the matches waiting for one.
     *
     * @throws InvalidInputException  naming every refused field, including an overlap with another session
     * @throws AccessDeniedException  when the actor is not an organizer
     * @throws RuleViolationException when the event is over or cancelled
     */
    @Transactional
    public NetworkingSession addSession(AccountId actor, EventId eventId, SessionInput input) {
        Event event = manageable(actor, eventId);
        placer.lock(eventId);
        SessionInput valid = SessionRules.validate(input, event.details(), schedule.sessions(eventId));
        var session = new NetworkingSession(NetworkingSessionId.newId(), eventId, valid.name(), valid.startsAt(),
                valid.endsAt(), valid.slotMinutes());
        schedule.insertSession(session, now());
        placeWaiting(eventId);
        return session;
    }

    /** Removes a session; its meetings move to other free slots where there are some, and wait otherwise. */
    @Transactional
    public void removeSession(AccountId actor, EventId eventId, NetworkingSessionId session) {
        manageable(actor, eventId);
        placer.lock(eventId);
        if (!schedule.deleteSession(eventId, session)) {
            throw new NetworkingSessionNotFoundException();
        }
        placeWaiting(eventId);
    }

    /** Adds a table and gives its places to the matches waiting for one. */
    @Transactional
    public MeetingTable addTable(AccountId actor, EventId eventId, TableInput input) {
        manageable(actor, eventId);
        placer.lock(eventId);
        TableInput valid = SessionRules.validate(input, schedule.tables(eventId));
        var table = new MeetingTable(MeetingTableId.newId(), eventId, valid.name(), valid.seats());
        schedule.insertTable(table, now());
        placeWaiting(eventId);
        return table;
    }

    /** Removes a table; its meetings move to other free places where there are some, and wait otherwise. */
    @Transactional
    public void removeTable(AccountId actor, EventId eventId, MeetingTableId table) {
        manageable(actor, eventId);
        placer.lock(eventId);
        if (!schedule.deleteTable(eventId, table)) {
            throw new MeetingTableNotFoundException();
        }
        placeWaiting(eventId);
    }

    /**
     * Gives every waiting match the earliest free slot still to come, in the order the matches were made; for when
     * people became free again (a proposal moved a meeting, a round plan changed).
     */
    @Transactional
    public MeetingAgenda.Placed placeWaiting(AccountId actor, EventId eventId) {
        manageable(actor, eventId);
        placer.lock(eventId);
        return placeWaiting(eventId);
    }

    /**
     * The meetings two people agreed on, at every event, with their times and tables once they have them; oldest
     * first. For a contact's timeline: no event's visibility is checked, as both took part in each.
     */
    @ReadOnly
    public List<MeetingBetween> between(AccountId a, AccountId b) {
        if (a.equals(b)) {
            return List.of();
        }
        List<MeetingRequest> accepted = requests.acceptedBetween(a, b);
        Map<MeetingRequestId, MeetingSchedule.Booking> bookings = schedule.ofMeetings(accepted.stream()
                        .map(MeetingRequest::id).toList()).stream()
                .collect(Collectors.toMap(booking -> booking.booked().meeting(), Function.identity()));
        return accepted.stream().map(request -> {
            var booking = bookings.get(request.id());
            Instant acceptedAt = request.respondedAt() != null ? request.respondedAt() : request.createdAt();
            return booking == null ? new MeetingBetween(request.id(), request.eventId(), acceptedAt, null, null)
                    : new MeetingBetween(request.id(), request.eventId(), acceptedAt,
                            booking.booked().placement().slot(), booking.tableName());
        }).toList();
    }

    /** The actor's mutual matches at the event, newest first, each with its time and table once it has them. */
    @ReadOnly
    public List<ScheduledMeeting> mine(AccountId actor, EventId eventId) {
        List<MeetingRequestView> matches = meetings.matches(actor, eventId);
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<MeetingRequestId, MeetingSchedule.Booking> bookings = schedule.bookings(eventId).stream()
                .filter(booking -> booking.booked().involves(actor))
                .collect(Collectors.toMap(booking -> booking.booked().meeting(), Function.identity()));
        Map<MeetingTableId, MeetingTable> tables = schedule.tables(eventId).stream()
                .collect(Collectors.toMap(MeetingTable::id, Function.identity()));
        SlotBook book = new SlotBook(schedule.sessions(eventId), List.of(), List.of(), Map.of());
        Map<MeetingRequestId, Boolean> answers = bookings.isEmpty() ? Map.of() : held.answersBy(actor, eventId);
        return matches.stream().map(match -> {
            MeetingSchedule.Booking booking = bookings.get(match.request().id());
            return booking == null ? new ScheduledMeeting(match, null, null, null, null) : view(match, booking, tables,
                    book, actor, answers.get(booking.booked().meeting()));
        }).toList();
    }

    /**
     * Whether the two held a meeting at the event: one accepted the other's request and the slot it was given has
     * ended. A meeting never given a slot does not count, as nothing shows the two sat down together.
     */
    @ReadOnly
    public boolean heldBetween(EventId eventId, AccountId a, AccountId b) {
        if (!meetings.matched(eventId, a, b)) {
            return false;
        }
        Instant now = now();
        return schedule.bookings(eventId).stream().map(MeetingSchedule.Booking::booked)
                .anyMatch(booked -> booked.involves(a) && booked.involves(b)
                        && !booked.placement().slot().endsAt().isAfter(now));
    }

    /**
     * Who is taken at the event now or in a moment ({@link SlotBook#RIGHT_AWAY}), in a meeting or a speed-networking
     * round: not free to meet anyone else right away, whatever they said. For the free-now list; nobody's visibility
     * is checked.
     */
    @ReadOnly
    public Set<AccountId> busyAround(EventId eventId, Instant now) {
        return book(eventId).busyAround(now);
    }

    /**
     * The slots still to come where both people of the meeting are free and a table has room, earliest first, without
     * the meeting's own slot.
     */
    @ReadOnly
    public List<Slot> freeSlots(AccountId actor, EventId eventId, MeetingRequestId meeting) {
        MeetingRequest request = acceptedFor(actor, eventId, meeting);
        SlotBook book = book(eventId);
        Optional<Slot> current = book.booking(meeting).map(b -> b.placement().slot());
        return book.freeSlots(request.from(), request.to(), now(), meeting).stream()
                .filter(slot -> current.map(c -> !c.equals(slot)).orElse(true)).toList();
    }

    /**
     * Proposes to move the meeting to another free slot; the other person accepts or declines. A newer proposal, by
     * either, replaces the one waiting.
     *
     * @throws InvalidInputException  when no slot starts then, or it is not free for both, or it is the current one
     * @throws ConflictException      when the meeting has no time yet, or its slot has begun
     * @throws RuleViolationException when the event is not open
     */
    @Transactional
    public ScheduledMeeting propose(AccountId actor, EventId eventId, MeetingRequestId meeting, Instant startsAt) {
        if (startsAt == null) {
            throw InvalidInputException.of("startsAt", "is required");
        }
        SupportedInstants.requireSupported("startsAt", startsAt);
        MeetingRequest request = acceptedFor(actor, eventId, meeting);
        requireOpen(actor, eventId);
        placer.lock(eventId);
        SlotBook book = book(eventId);
        SlotBook.Booked current = book.booking(meeting).orElseThrow(() -> new ConflictException(
                "This meeting has no time yet: it gets one as soon as a slot is free for both of you."));
        if (!current.placement().slot().startsAt().isAfter(now())) {
            throw new ConflictException("This meeting has begun: its time can no longer change.");
        }
        if (current.placement().slot().startsAt().equals(startsAt)) {
            throw InvalidInputException.of("startsAt", "is already this meeting's time");
        }
        if (!startsAt.isAfter(now()) || book.at(request.from(), request.to(), startsAt, meeting).isEmpty()) {
            throw InvalidInputException.of("startsAt", "is not a free slot for both of you");
        }
        schedule.propose(meeting, startsAt, actor);
        return mineOne(actor, eventId, meeting);
    }

    /**
     * The other person accepts the proposed time: the meeting moves there, to a table with room.
     *
     * @throws ConflictException     when nothing is proposed, the meeting has begun, or the time is no longer free
     * @throws AccessDeniedException when the actor made the proposal
     */
    @Transactional
    public ScheduledMeeting acceptProposal(AccountId actor, EventId eventId, MeetingRequestId meeting) {
        MeetingRequest request = acceptedFor(actor, eventId, meeting);
        requireOpen(actor, eventId);
        placer.lock(eventId);
        MeetingSchedule.Booking booking = proposalOf(eventId, meeting);
        if (booking.proposedBy().equals(actor)) {
            throw new AccessDeniedException("The other person answers your proposal.");
        }
        if (!booking.booked().placement().slot().startsAt().isAfter(now())) {
            throw new ConflictException("This meeting has begun: its time can no longer change.");
        }
        SlotBook book = book(eventId);
        Instant startsAt = booking.proposedStartsAt();
        SlotBook.Placement placement = (startsAt.isAfter(now())
                ? book.at(request.from(), request.to(), startsAt, meeting) : Optional.<SlotBook.Placement>empty())
                .orElseThrow(() -> new ConflictException(
                        "That time is no longer free for both of you; propose another one."));
        placer.moveToProposal(eventId, book.book(meeting, request.from(), request.to(), placement),
                booking.proposedBy(), actor);
        placeWaiting(eventId);
        return mineOne(actor, eventId, meeting);
    }

    /** Either person drops the proposal waiting: the other declines it, or the one who made it withdraws it. */
    @Transactional
    public ScheduledMeeting dropProposal(AccountId actor, EventId eventId, MeetingRequestId meeting) {
        acceptedFor(actor, eventId, meeting);
        placer.lock(eventId);
        proposalOf(eventId, meeting);
        schedule.clearProposal(meeting);
        return mineOne(actor, eventId, meeting);
    }

    private ScheduledMeeting mineOne(AccountId actor, EventId eventId, MeetingRequestId meeting) {
        return mine(actor, eventId).stream().filter(m -> m.id().equals(meeting)).findFirst()
                .orElseThrow(MeetingRequestNotFoundException::new);
    }

    private static ScheduledMeeting view(MeetingRequestView match, MeetingSchedule.Booking booking,
                                         Map<MeetingTableId, MeetingTable> tables, SlotBook book, AccountId viewer,
                                         Boolean viewerMet) {
        ScheduledMeeting.Proposal proposal = booking.proposal()
                .flatMap(book::slotStarting)
                .map(slot -> new ScheduledMeeting.Proposal(slot, viewer.equals(booking.proposedBy())))
                .orElse(null);
        return new ScheduledMeeting(match, booking.booked().placement().slot(),
                tables.get(booking.booked().placement().table()), proposal,
                new ScheduledMeeting.Held(booking.state(), viewerMet));
    }

    private MeetingSchedule.Booking proposalOf(EventId eventId, MeetingRequestId meeting) {
        return schedule.bookings(eventId).stream()
                .filter(booking -> booking.booked().meeting().equals(meeting) && booking.proposal().isPresent())
                .findFirst()
                .orElseThrow(() -> new ConflictException("There is no proposed time waiting for an answer."));
    }

    private MeetingRequest acceptedFor(AccountId actor, EventId eventId, MeetingRequestId meeting) {
        events.get(Optional.of(actor), eventId);
        return requests.find(eventId, meeting)
                .filter(request -> request.involves(actor) && request.status() == MeetingRequestStatus.ACCEPTED)
                .orElseThrow(MeetingRequestNotFoundException::new);
    }

    private void requireOpen(AccountId actor, EventId eventId) {
        if (events.get(Optional.of(actor), eventId).status() != EventStatus.PUBLISHED) {
            throw new RuleViolationException("Meeting times can only change while the event is open.");
        }
    }

    private Event manageable(AccountId actor, EventId eventId) {
        Event event = events.get(Optional.of(actor), eventId);
        var role = events.roleOf(Optional.of(actor), eventId);
        EventAccess.require(EventAccess.canManage(role), event, role,
                "Only the event's organizers can set out networking sessions and tables.");
        if (event.status() == EventStatus.COMPLETED || event.status() == EventStatus.CANCELLED) {
            throw new RuleViolationException("Sessions and tables can only change before the event is over.");
        }
        return event;
    }

    private Instant now() {
        return placer.now();
    }

    private SlotBook book(EventId eventId) {
        return placer.book(eventId);
    }

    private MeetingAgenda.Placed placeWaiting(EventId eventId) {
        return placer.placeWaiting(eventId);
    }
}
