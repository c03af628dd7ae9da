package org.mingle.domain.meetings;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;

/**
 * Meetings an organizer arranges for two attendees rather than one asking the other: a schedule generated for the
 * whole event books them at once, as accepted meetings with their time and table. Booking takes the event's row lock,
 * as accepting a request does, so a meeting booked in the meantime is never double-booked: an arranged meeting that no
 * longer fits its slot takes another table in that slot, or is skipped.
 */
@Singleton
public class ArrangedMeetings {

    /** Two people to meet at a placement of the event's book. */
    public record Arrangement(AccountId first, AccountId second, SlotBook.Placement placement) {

        public Arrangement {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(placement, "placement");
        }
    }

    /** Why an arrangement was not booked. */
    public enum Skipped {
        /** One of the two, or every table, is taken in that slot now, or the slot is gone. */
        NO_LONGER_FREE,
        /** One of the two is no longer a confirmed attendee. */
        NOT_CONFIRMED,
        /** One of the two blocked the other. */
        BLOCKED,
        /** The two have a meeting with a time already. */
        ALREADY_MEETING
    }

    /** What became of one arrangement: the meeting booked, or why it was skipped. */
    public record Outcome(Arrangement arrangement, MeetingRequestId meeting, Skipped skipped) {

        public Outcome {
            Objects.requireNonNull(arrangement, "arrangement");
            if ((meeting == null) == (skipped == null)) {
                throw new IllegalArgumentException("an arrangement is either booked or skipped");
            }
        }

        public boolean booked() {
            return meeting != null;
        }
    }

    /** What a scheduler places new meetings around: the event's slots, tables, bookings and busy times. */
    public record Layout(List<NetworkingSession> sessions, List<MeetingTable> tables, List<SlotBook.Booked> booked,
                         Map<AccountId, List<Slot>> busy) {

        public Layout {
            sessions = List.copyOf(sessions);
            tables = List.copyOf(tables);
            booked = List.copyOf(booked);
            busy = Map.copyOf(busy);
        }
    }

    private final MeetingSchedule schedule;
    private final MeetingPlacer placer;
    private final MeetingRequests requests;
    private final Blocks blocks;
    private final RegistrationService registrations;
    private final EventService events;
    private final BusyTimes busyTimes;
    private final ApplicationEventPublisher<MeetingScheduled> scheduled;
    private final ApplicationEventPublisher<MeetingMatched> matched;

    ArrangedMeetings(MeetingSchedule schedule, MeetingPlacer placer, MeetingRequests requests, Blocks blocks,
                     RegistrationService registrations, EventService events, BusyTimes busyTimes,
                     ApplicationEventPublisher<MeetingScheduled> scheduled,
                     ApplicationEventPublisher<MeetingMatched> matched) {
        this.schedule = schedule;
        this.placer = placer;
        this.requests = requests;
        this.blocks = blocks;
        this.registrations = registrations;
        this.events = events;
        this.busyTimes = busyTimes;
        this.scheduled = scheduled;
        this.matched = matched;
    }

    /** The event's sessions, tables, bookings and busy times as stored now; no access check (callers do theirs). */
    @ReadOnly
    public Layout layout(EventId event) {
        return new Layout(schedule.sessions(event), schedule.tables(event),
                schedule.bookings(event).stream().map(MeetingSchedule.Booking::booked).toList(), busyTimes.of(event));
    }

    /**
     * Books the arrangements in order, under the event's row lock, inside the caller's transaction. Each booked meeting
     * is an accepted request between the two (a request already open between them is used), and both people are told
     * its time and table ({@link MeetingScheduled}). The caller checks who may arrange meetings.
     */
    @Transactional
    public List<Outcome> arrange(Event event, List<Arrangement> arrangements) {
        placer.lock(event.id());
        return arrangeHoldingTheLock(event, arrangements);
    }

    /** The same without taking the lock: only for tests showing what the lock prevents. */
    @Transactional
    List<Outcome> arrangeHoldingTheLock(Event event, List<Arrangement> arrangements) {
        EventId eventId = event.id();
        SlotBook book = placer.book(eventId);
        Set<AccountId> confirmed = new HashSet<>(registrations.confirmedAttendees(eventId));
        Map<MeetingTableId, String> tables = schedule.tables(eventId).stream()
                .collect(Collectors.toMap(MeetingTable::id, MeetingTable::name));
        Instant now = placer.now();
        List<Outcome> outcomes = new ArrayList<>();
        for (Arrangement arrangement : arrangements) {
            outcomes.add(arrangeOne(event, arrangement, book, confirmed, tables, now));
        }
        return outcomes;
    }

    private Outcome arrangeOne(Event event, Arrangement arrangement, SlotBook book, Set<AccountId> confirmed,
                               Map<MeetingTableId, String> tables, Instant now) {
        AccountId a = arrangement.first();
        AccountId b = arrangement.second();
        if (!confirmed.contains(a) || !confirmed.contains(b)) {
            return new Outcome(arrangement, null, Skipped.NOT_CONFIRMED);
        }
        if (blocks.eitherWay(a, b)) {
            return new Outcome(arrangement, null, Skipped.BLOCKED);
        }
        Optional<MeetingRequest> open = requests.openBetween(event.id(), a, b);
        if (open.isPresent() && open.get().status() == MeetingRequestStatus.ACCEPTED
                && book.booking(open.get().id()).isPresent()) {
            return new Outcome(arrangement, null, Skipped.ALREADY_MEETING);
        }
        Optional<SlotBook.Placement> placement = book.fit(a, b, arrangement.placement(),
                open.map(MeetingRequest::id).orElse(null));
        if (placement.isEmpty()) {
            return new Outcome(arrangement, null, Skipped.NO_LONGER_FREE);
        }
        MeetingRequest request = open.orElseGet(() -> insertPending(event, a, b, now));
        if (request.status() == MeetingRequestStatus.PENDING) {
            requests.setStatus(request.id(), MeetingRequestStatus.ACCEPTED, now);
            matched.publishEvent(new MeetingMatched(event.id(), a, b));
        }
        MeetingRequestId id = request.id();
        SlotBook.Booked booked = book.book(id, a, b, placement.get());
        schedule.book(event.id(), booked);
        scheduled.publishEvent(new MeetingScheduled(event.id(), id, a, b, booked.placement().slot().startsAt(),
                tables.getOrDefault(booked.placement().table(), "a table")));
        return new Outcome(arrangement, id, null);
    }

    /**
     * A new request from {@code a} to {@code b}, which the caller accepts at once; or, when one of them asked the other
     * a moment ago (requests are sent without the event's lock), that request.
     */
    private MeetingRequest insertPending(Event event, AccountId a, AccountId b, Instant now) {
        var request = new MeetingRequest(MeetingRequestId.newId(), event.id(), a, b, null,
                MeetingRequestStatus.PENDING, now, null, event.details().meetingRequestExpiry(now));
        if (requests.insertIfNoneOpen(request)) {
            return request;
        }
        return requests.openBetween(event.id(), a, b).orElseThrow();
    }
}
