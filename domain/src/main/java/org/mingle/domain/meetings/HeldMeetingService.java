package org.mingle.domain.meetings;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;

/**
 * Meetings that happened (decision 51): each of the two answers "we met" or "they did not show" once the slot has
 * begun, a connect-code scan during the slot makes the meeting held at once, and ten minutes into a slot not yet held
 * a sweep asks those who have not answered. Every change locks the booking's row first, so two answers at the same
 * moment see each other.
 */
@Singleton
public class HeldMeetingService implements ApplicationEventListener<MetByCode> {

    private final HeldMeetings held;
    private final MeetingRequests requests;
    private final MeetingScheduleService schedule;
    private final EventService events;
    private final ApplicationEventPublisher<MeetingCheckDue> checks;
    private final Clock clock;

    HeldMeetingService(HeldMeetings held, MeetingRequests requests, MeetingScheduleService schedule,
                       EventService events, ApplicationEventPublisher<MeetingCheckDue> checks, Clock clock) {
        this.held = held;
        this.requests = requests;
        this.schedule = schedule;
        this.events = events;
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * One of the two answers whether they met: {@code met} true for "we met", false for "they did not show". The same
     * answer again changes nothing.
     *
     * @throws MeetingRequestNotFoundException when the actor is not one of the meeting's two people
     * @throws ConflictException              when the meeting has no time yet, its slot has not begun, the actor
     *                                         answered otherwise, or it is held already and the answer is "they did
     *                                         not show"
     */
    @Transactional
    public ScheduledMeeting answer(AccountId actor, EventId eventId, MeetingRequestId meeting, boolean met) {
        events.get(Optional.of(actor), eventId);
        MeetingRequest request = requests.find(eventId, meeting)
                .filter(r -> r.involves(actor) && r.status() == MeetingRequestStatus.ACCEPTED)
                .orElseThrow(MeetingRequestNotFoundException::new);
        HeldMeetings.HeldBooking booking = held.lock(meeting).orElseThrow(() ->
                new ConflictException("This meeting has no time yet: you can answer once it has begun."));
        Map<AccountId, Boolean> answers = held.answers(meeting);
        Instant now = now();
        HeldRules.Outcome outcome = HeldRules.answer(booking.slot(), now, booking.state(),
                Optional.ofNullable(answers.get(actor)), Optional.ofNullable(answers.get(request.otherThan(actor))),
                met);
        if (outcome.recordAnswer()) {
            held.insertAnswer(meeting, actor, met, now);
        }
        if (outcome.state() != booking.state()) {
            held.setState(meeting, outcome.state(), now);
        }
        if (outcome.freesAnswerer()) {
            held.release(meeting, actor);
        }
        return schedule.mine(actor, eventId).stream().filter(m -> m.id().equals(meeting)).findFirst()
                .orElseThrow(MeetingRequestNotFoundException::new);
    }

    /** A scan of a connect code during the slot of the pair's meeting makes it held, whatever was answered. */
    @Override
    public void onApplicationEvent(MetByCode scanned) {
        for (HeldMeetings.HeldBooking booking : held.lockRunningBetween(scanned.event(), scanned.scanner(),
                scanned.owner(), scanned.at())) {
            if (booking.state() != HeldState.HELD && HeldRules.heldByScan(booking.slot(), scanned.at())) {
                held.setState(booking.meeting(), HeldState.HELD, scanned.at());
            }
        }
    }

    /**
     * Asks "Did you meet?" about up to {@code limit} meetings whose question is due: each once, however many sweeps run
     * at the same moment; the number of meetings asked about.
     */
    @Transactional
    public int askOverdue(int limit) {
        List<HeldMeetings.CheckDue> due = held.claimChecks(now(), limit);
        for (HeldMeetings.CheckDue check : due) {
            var booking = check.booking();
            for (AccountId person : List.of(booking.first(), booking.second())) {
                if (!check.answered().contains(person)) {
                    AccountId other = person.equals(booking.first()) ? booking.second() : booking.first();
                    checks.publishEvent(new MeetingCheckDue(booking.event(), booking.meeting(), person, other,
                            booking.slot().startsAt()));
                }
            }
        }
        return due.size();
    }

    /** Everyone at the event who is in a meeting now: a "they did not show" frees its reporter from it. */
    @ReadOnly
    public Set<AccountId> inMeetingNow(EventId eventId) {
        return held.inMeetingAt(eventId, now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
