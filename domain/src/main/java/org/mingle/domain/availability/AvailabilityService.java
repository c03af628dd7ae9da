package org.mingle.domain.availability;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.matching.PersonToMeet;
import org.mingle.domain.matching.RecommendationService;
import org.mingle.domain.meetings.MeetingRequest;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingScheduleService;
import org.mingle.domain.profiles.ProfilePhotoService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;

/**
 * Free now (decision 52): a confirmed attendee says until when they are free to meet, the others see who is free now,
 * best match first with the engine's reasons, and ask one of them to meet right away. Someone in a meeting or a
 * speed-networking round is taken, whatever they said; a free time ends by itself when it passes, when its person
 * agrees to meet now, or when they leave the event.
 */
@Singleton
public class AvailabilityService {

    /** How many people free now a list shows at most: a page to look through on a phone, not a directory. */
    public static final int LIMIT_MAX = RecommendationService.LIMIT_MAX;
    public static final int DEFAULT_LIMIT = 20;

    private final FreeTimes freeTimes;
    private final EventService events;
    private final RegistrationService registrations;
    private final RecommendationService recommendations;
    private final MeetingScheduleService schedule;
    private final MeetingRequestService meetings;
    private final ProfilePhotoService photos;
    private final ApplicationEventPublisher<FreeNowChanged> changes;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    AvailabilityService(FreeTimes freeTimes, EventService events, RegistrationService registrations,
                        RecommendationService recommendations, MeetingScheduleService schedule,
                        MeetingRequestService meetings, ProfilePhotoService photos,
                        ApplicationEventPublisher<FreeNowChanged> changes,
                        TransactionOperations<Connection> transactions, Clock clock) {
        this.freeTimes = freeTimes;
        this.events = events;
        this.registrations = registrations;
        this.recommendations = recommendations;
        this.schedule = schedule;
        this.meetings = meetings;
        this.photos = photos;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The actor is free to meet at the event until then (replacing what they said before).
     *
     * @throws AccessDeniedException  when the actor is not a confirmed attendee
     * @throws RuleViolationException when the event is not open, not yet near or over (see {@link FreeTimeRules})
     * @throws InvalidInputException  when the time is past, too far ahead or after the event's end
     */
    @Transactional
    public FreeTime markFree(AccountId actor, EventId eventId, Instant freeUntil) {
        Event event = confirmedAttendeeOf(actor, eventId);
        Instant now = now();
        Instant until = FreeTimeRules.check(freeUntil, now, event.status(), event.details().startsAt(),
                event.details().endsAt());
        freeTimes.removePassed(eventId, now);
        freeTimes.put(eventId, actor, until, now);
        changes.publishEvent(new FreeNowChanged(eventId));
        return new FreeTime(eventId, actor, until);
    }

    /**
     * The actor is free from now on for that long, or until the event's end if that comes first.
     *
     * @see #markFree
     */
    @Transactional
    public FreeTime markFreeFor(AccountId actor, EventId eventId, Duration length) {
        Event event = confirmedAttendeeOf(actor, eventId);
        Instant until = now().plus(length);
        return markFree(actor, eventId, until.isAfter(event.details().endsAt()) ? event.details().endsAt() : until);
    }

    /** Whether people can say they are free at the event now: it is open, and runs or starts within the hour. */
    public boolean isOpen(Event event) {
        return FreeTimeRules.isOpen(now(), event.status(), event.details().startsAt(), event.details().endsAt());
    }

    /**
     * The actor is not free any more; saying so when they were not is no error.
     *
     * @throws AccessDeniedException when the actor is not a confirmed attendee
     */
    @Transactional
    public void clear(AccountId actor, EventId eventId) {
        confirmedAttendeeOf(actor, eventId);
        if (freeTimes.remove(eventId, actor)) {
            changes.publishEvent(new FreeNowChanged(eventId));
        }
    }

    /** Until when the actor said they are free at the event, if that is still to come. */
    @Transactional
    public Optional<Instant> freeUntil(AccountId actor, EventId eventId) {
        confirmedAttendeeOf(actor, eventId);
        return freeTimes.until(eventId, actor, now());
    }

    /**
     * The people free now at the event, best match for the viewer first, with the reasons: their free time is still
     * to come and they are in no meeting or round now. Never the viewer, nobody blocked either way, nobody the
     * matching engine keeps from the viewer.
     *
     * @throws InvalidInputException when the limit is outside 1..{@value #LIMIT_MAX}
     * @throws AccessDeniedException when the viewer is not a confirmed attendee
     */
    public List<FreePerson> freeNow(AccountId viewer, EventId eventId, int limit) {
        if (limit < 1 || limit > LIMIT_MAX) {
            throw InvalidInputException.of("limit", "must be between 1 and " + LIMIT_MAX);
        }
        Instant now = now();
        // The reads share one short transaction; ranking runs after it, as recommendations do.
        Map<AccountId, Instant> free = transactions.executeRead(status -> {
            confirmedAttendeeOf(viewer, eventId);
            Map<AccountId, Instant> found = new HashMap<>(freeTimes.freeAfter(eventId, now));
            found.remove(viewer);
            if (!found.isEmpty()) {
                found.keySet().removeAll(schedule.busyAround(eventId, now));
            }
            return found;
        });
        if (free.isEmpty()) {
            return List.of();
        }
        List<PersonToMeet> ranked = recommendations.bestAmong(viewer, eventId, free.keySet(), limit);
        Set<AccountId> withPhoto = photos.shownTo(viewer, ranked.stream().map(PersonToMeet::accountId).toList())
                .keySet();
        return ranked.stream()
                .map(person -> new FreePerson(person, free.get(person.accountId()),
                        withPhoto.contains(person.accountId())))
                .toList();
    }

    /**
     * Asks someone free now to meet right away, under the rules of every meeting request (allowance, blocks, one open
     * request per pair); the request expires when their free time ends, if not before.
     *
     * @throws AccessDeniedException  when the actor is not a confirmed attendee
     * @throws ConflictException      when the person is not free now (any more), is in a meeting or a round now, or
     *                                the two have a request open already
     * @throws RuleViolationException when a request rule refuses
     */
    @Transactional
    public MeetingRequest meetNow(AccountId actor, EventId eventId, AccountId other, String message) {
        confirmedAttendeeOf(actor, eventId);
        Instant now = now();
        Instant until = freeTimes.until(eventId, other, now)
                .orElseThrow(() -> new ConflictException("This person is not free now any more."));
        if (schedule.busyAround(eventId, now).contains(other)) {
            throw new ConflictException("This person is in a meeting right now.");
        }
        return meetings.requestNow(actor, eventId, other, message, until);
    }

    /** Ends the person's free time at the event without a check, as a meeting agreed or a departure does. */
    void end(EventId eventId, AccountId account) {
        if (freeTimes.remove(eventId, account)) {
            changes.publishEvent(new FreeNowChanged(eventId));
        }
    }

    private Event confirmedAttendeeOf(AccountId actor, EventId eventId) {
        Event event = events.get(Optional.of(actor), eventId);
        if (!registrations.isConfirmed(eventId, actor)) {
            throw new AccessDeniedException("Free now is for confirmed attendees of this event.");
        }
        return event;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
