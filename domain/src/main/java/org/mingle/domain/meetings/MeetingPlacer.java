package org.mingle.domain.meetings;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mingle.domain.events.EventId;
import org.mingle.domain.registration.AttendeeLeft;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccountId;

/**
 * Gives accepted meetings their slot and table, inside the caller's transaction and under the event's row lock:
 * accepting a request places it at once, and new sessions or tables place the matches waiting. Each placement is
 * published ({@link MeetingScheduled}), so both people can be told when and where.
 */
@Singleton
class MeetingPlacer implements ApplicationEventListener<AttendeeLeft> {

    private final MeetingSchedule schedule;
    private final MeetingRequests requests;
    private final Blocks blocks;
    private final RegistrationService registrations;
    private final BusyTimes busyTimes;
    private final ApplicationEventPublisher<MeetingScheduled> scheduled;
    private final ApplicationEventPublisher<MeetingMoved> moved;
    private final ApplicationEventPublisher<MeetingNowAgreed> nowAgreed;
    private final Clock clock;

    MeetingPlacer(MeetingSchedule schedule, MeetingRequests requests, Blocks blocks, RegistrationService registrations,
                  BusyTimes busyTimes, ApplicationEventPublisher<MeetingScheduled> scheduled,
                  ApplicationEventPublisher<MeetingMoved> moved, ApplicationEventPublisher<MeetingNowAgreed> nowAgreed,
                  Clock clock) {
        this.schedule = schedule;
        this.requests = requests;
        this.blocks = blocks;
        this.registrations = registrations;
        this.busyTimes = busyTimes;
        this.scheduled = scheduled;
        this.moved = moved;
        this.nowAgreed = nowAgreed;
        this.clock = clock;
    }

    /** Takes the event's row lock; every change to bookings takes it first, before any request row. */
    void lock(EventId eventId) {
        schedule.lockEvent(eventId);
    }

    /** The event's book as stored now. */
    SlotBook book(EventId eventId) {
        List<MeetingSchedule.Booking> bookings = schedule.bookings(eventId);
        var book = new SlotBook(schedule.sessions(eventId), schedule.tables(eventId),
                bookings.stream().map(MeetingSchedule.Booking::booked).toList(), busyTimes.of(eventId));
        bookings.forEach(booking -> booking.released().forEach(person -> book.release(booking.booked().meeting(),
                person)));
        return book;
    }

    /** Gives a just accepted request the earliest slot still to come where both are free, if there is one. */
    void placeAccepted(MeetingRequest request) {
        SlotBook book = book(request.eventId());
        book.earliest(request.from(), request.to(), now(), request.id())
                .ifPresent(placement -> store(request.eventId(),
                        book.book(request.id(), request.from(), request.to(), placement), tableNames(request.eventId())));
    }

    /**
     * Gives a just accepted request to meet now a table in the slot under way, if a session runs now, both are free and
     * a table has room; otherwise the two meet at the event's meeting point (decision 52). Either way both are told
     * through {@link MeetingNowAgreed}, and a table also through {@link MeetingScheduled}.
     */
    void placeNow(MeetingRequest request) {
        SlotBook book = book(request.eventId());
        Optional<SlotBook.Placement> placement = book.rightAway(request.from(), request.to(), now(), request.id());
        if (placement.isPresent()) {
            Map<MeetingTableId, String> tables = tableNames(request.eventId());
            store(request.eventId(), book.book(request.id(), request.from(), request.to(), placement.get()), tables);
            nowAgreed.publishEvent(new MeetingNowAgreed(request.eventId(), request.id(), request.from(), request.to(),
                    placement.get().slot(), tables.getOrDefault(placement.get().table(), "a table")));
        } else {
            nowAgreed.publishEvent(new MeetingNowAgreed(request.eventId(), request.id(), request.from(), request.to(),
                    null, null));
        }
    }

    /**
     * Places every waiting match of confirmed attendees who have not blocked each other, in the order the matches were
     * made.
     */
    MeetingAgenda.Placed placeWaiting(EventId eventId) {
        SlotBook book = book(eventId);
        Set<AccountId> confirmed = new HashSet<>(registrations.confirmedAttendees(eventId));
        Instant now = now();
        int placed = 0;
        int waiting = 0;
        List<MeetingRequest> unbooked = requests.accepted(eventId).stream()
                .filter(request -> book.booking(request.id()).isEmpty())
                // A meeting agreed for right away took its table then, or met at the meeting point: never later.
                .filter(request -> !request.meetsNow())
                .filter(request -> confirmed.contains(request.from()) && confirmed.contains(request.to()))
                .filter(request -> !blocks.eitherWay(request.from(), request.to()))
                .sorted(Comparator.comparing(MeetingRequest::respondedAt).thenComparing(r -> r.id().value()))
                .toList();
        Map<MeetingTableId, String> tables = unbooked.isEmpty() ? Map.of() : tableNames(eventId);
        for (MeetingRequest request : unbooked) {
            Optional<SlotBook.Placement> placement = book.earliest(request.from(), request.to(), now, request.id());
            if (placement.isPresent()) {
                store(eventId, book.book(request.id(), request.from(), request.to(), placement.get()), tables);
                placed++;
            } else {
                waiting++;
            }
        }
        return new MeetingAgenda.Placed(placed, waiting);
    }

    /** Moves a meeting to the time its proposer chose, which the other person has just accepted. */
    void moveToProposal(EventId eventId, SlotBook.Booked booked, AccountId proposer, AccountId acceptedBy) {
        schedule.book(eventId, booked);
        var placement = booked.placement();
        moved.publishEvent(new MeetingMoved(eventId, booked.meeting(), proposer, acceptedBy,
                placement.slot().startsAt(), tableNames(eventId).getOrDefault(placement.table(), "a table")));
    }

    private void store(EventId eventId, SlotBook.Booked booked, Map<MeetingTableId, String> tables) {
        schedule.book(eventId, booked);
        var placement = booked.placement();
        scheduled.publishEvent(new MeetingScheduled(eventId, booked.meeting(), booked.first(), booked.second(),
                placement.slot().startsAt(), tables.getOrDefault(placement.table(), "a table")));
    }

    private Map<MeetingTableId, String> tableNames(EventId eventId) {
        return schedule.tables(eventId).stream().collect(Collectors.toMap(MeetingTable::id, MeetingTable::name));
    }

    /**
     * Someone who is no longer a confirmed attendee gives up their meeting slots, which go to the matches waiting.
     * Runs in the transaction that cancelled the registration, which holds the event's row lock.
     */
    @Override
    public void onApplicationEvent(AttendeeLeft left) {
        schedule.deleteAt(left.event(), left.account());
        placeWaiting(left.event());
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
