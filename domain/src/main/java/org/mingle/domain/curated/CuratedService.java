package org.mingle.domain.curated;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.mingle.domain.matching.MatchSettings;
import org.mingle.domain.matching.MatchingEngine;
import org.mingle.domain.matching.MatchingModel;
import org.mingle.domain.matching.MatchingModels;
import org.mingle.domain.meetings.ArrangedMeetings;
import org.mingle.domain.meetings.MeetingRequestId;
import org.mingle.domain.meetings.MeetingRequestService;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.meetings.MeetingTable;
import org.mingle.domain.meetings.MeetingTableId;
import org.mingle.domain.meetings.NetworkingSession;
import org.mingle.domain.meetings.Slot;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;

/**
 * Curated meeting schedules (decisions 49 and 55): attendees privately mark people "must meet" or "no thanks";
 * organizers set how many meetings each person should have, generate a schedule of one-to-one meetings in the event's
 * sessions and tables, review it, and publish it, which books its meetings and tells both people of each. Each person
 * then sees why a meeting was arranged for them.
 */
@Singleton
public class CuratedService {

    private final Marks marks;
    private final CuratedDrafts drafts;
    private final EventService events;
    private final RegistrationService registrations;
    private final ProfileService profiles;
    private final MatchingModels models;
    private final ArrangedMeetings arranged;
    private final MeetingRequestService meetings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final CuratedScheduler.Settings effort;

    CuratedService(Marks marks, CuratedDrafts drafts, EventService events, RegistrationService registrations,
                   ProfileService profiles, MatchingModels models, ArrangedMeetings arranged,
                   MeetingRequestService meetings, TransactionOperations<Connection> transactions, Clock clock,
                   @Value("${mingle.curated.budget:4s}") Duration budget) {
        this.marks = marks;
        this.drafts = drafts;
        this.events = events;
        this.registrations = registrations;
        this.profiles = profiles;
        this.models = models;
        this.arranged = arranged;
        this.meetings = meetings;
        this.transactions = transactions;
        this.clock = clock;
        this.effort = new CuratedScheduler.Settings(budget, CuratedScheduler.Settings.DEFAULT.partnersPerPerson(),
                true);
    }

    /**
     * Marks another confirmed attendee, replacing the actor's earlier mark on them. Nobody else ever sees it.
     *
     * @throws AccessDeniedException     when the actor is not a confirmed attendee
     * @throws AttendeeNotFoundException when the other person is not a confirmed attendee
     * @throws RuleViolationException    when marking oneself, past the limit of the kind, or the event is not open
     */
    @Transactional
    public MarkKind mark(AccountId actor, EventId eventId, AccountId other, MarkKind kind) {
        Event event = events.get(Optional.of(actor), eventId);
        // The actor's registration row keeps two marks at the same moment from both slipping under the limit.
        if (registrations.lockConfirmed(eventId, actor).isEmpty()) {
            throw new AccessDeniedException("Only confirmed attendees of this event can mark people.");
        }
        if (actor.equals(other)) {
            throw new RuleViolationException("You cannot mark yourself.");
        }
        if (!registrations.isConfirmed(eventId, other)) {
            throw new AttendeeNotFoundException();
        }
        if (event.status() != EventStatus.PUBLISHED) {
            throw new RuleViolationException("People can only be marked while the event is open.");
        }
        if (marks.count(eventId, actor, kind, other) >= kind.limit()) {
            throw new RuleViolationException(kind == MarkKind.MUST_MEET
                    ? "You can mark at most " + kind.limit() + " people \u201cmust meet\u201d at one event: unmark"
                    + " someone first."
                    : "You can mark at most " + kind.limit() + " people \u201cno thanks\u201d at one event: unmark"
                    + " someone first.");
        }
        marks.put(eventId, actor, other, kind, now());
        return kind;
    }

    /** Takes the actor's mark off the other person; harmless when there is none. */
    @Transactional
    public void unmark(AccountId actor, EventId eventId, AccountId other) {
        events.get(Optional.of(actor), eventId);
        marks.remove(eventId, actor, other);
    }

    /** The actor's own marks at the event, newest first. */
    @ReadOnly
    public List<MyMark> marks(AccountId actor, EventId eventId) {
        events.get(Optional.of(actor), eventId);
        List<Marks.StoredMark> mine = marks.by(eventId, actor);
        Map<AccountId, String> names = profiles.namesOf(mine.stream().map(Marks.StoredMark::to).toList());
        return mine.stream().map(mark -> new MyMark(mark.to(), names.getOrDefault(mark.to(), "Someone"),
                mark.kind(), mark.markedAt())).toList();
    }

    /** The actor's mark on one person at the event, if any. */
    @ReadOnly
    public Optional<MarkKind> markOn(AccountId actor, EventId eventId, AccountId other) {
        return marks.of(eventId, actor, other);
    }

    /** The event's minimum and maximum of meetings per person, for its organizers. */
    @ReadOnly
    public CuratedSettings settings(AccountId actor, EventId eventId) {
        manageable(actor, eventId);
        return drafts.settings(eventId).orElse(CuratedSettings.DEFAULT);
    }

    /**
     * Sets the event's minimum and maximum of meetings per person; the next schedule generated follows them.
     *
     * @throws AccessDeniedException when the actor is not an organizer
     * @throws InvalidInputException naming each number missing or out of range
     */
    @Transactional
    public CuratedSettings updateSettings(AccountId actor, EventId eventId, Integer minimumMeetings,
                                          Integer maximumMeetings) {
        manageable(actor, eventId);
        CuratedSettings settings = CuratedSettings.of(minimumMeetings, maximumMeetings);
        drafts.putSettings(eventId, settings);
        return settings;
    }

    /**
     * Generates a schedule for every confirmed attendee in the event's slots still to come and keeps it as the event's
     * draft, replacing the one before. The search runs outside any transaction, for at most the configured budget.
     *
     * @throws AccessDeniedException  when the actor is not an organizer
     * @throws RuleViolationException when the event is not open, or has no slot to come, no table, or too few people
     */
    public CuratedDraft generate(AccountId actor, EventId eventId) {
        Event event = open(actor, eventId);
        // Read before any transaction opens: building the model must not keep a connection waiting.
        MatchingModel model = models.of(eventId);
        Instant now = now();
        CuratedProblem problem = transactions.executeRead(status -> problem(event, model, now));
        if (problem.sessions().isEmpty()) {
            throw new RuleViolationException("The event has no networking slot still to come: add a session first.");
        }
        if (problem.tables().isEmpty()) {
            throw new RuleViolationException("The event has no meeting tables yet: add a table first.");
        }
        if (problem.participants().size() < 2) {
            throw new RuleViolationException("A schedule needs at least two confirmed attendees.");
        }
        CuratedSchedule schedule = CuratedScheduler.schedule(problem, effort);
        transactions.executeWrite(status -> {
            drafts.lockEvent(eventId);
            drafts.replace(eventId, now, actor, problem.participants().size(), schedule);
            return null;
        });
        return draft(actor, eventId).orElseThrow();
    }

    /** The event's latest generated schedule with names and tables, for its organizers; empty before the first. */
    @ReadOnly
    public Optional<CuratedDraft> draft(AccountId actor, EventId eventId) {
        manageable(actor, eventId);
        return drafts.find(eventId).map(stored -> named(eventId, stored));
    }

    /**
     * Books the draft's meetings as accepted meetings and tells both people of each, under the event's row lock. A
     * meeting that no longer fits (a booking made since took the time, someone left or blocked the other) is skipped
     * and counted.
     *
     * @throws ConflictException      when there is no draft, or it is published already
     * @throws RuleViolationException when the event is not open
     */
    @Transactional
    public CuratedDraft.Publication publish(AccountId actor, EventId eventId) {
        Event event = open(actor, eventId);
        drafts.lockEvent(eventId);
        CuratedDrafts.Stored stored = drafts.find(eventId)
                .orElseThrow(() -> new ConflictException("There is no schedule to publish: generate one first."));
        if (stored.publication() != null) {
            throw new ConflictException("This schedule is published already: generate a new one to add meetings.");
        }
        List<CuratedMeeting> planned = stored.schedule().meetings();
        List<ArrangedMeetings.Outcome> outcomes = arranged.arrange(event, planned.stream()
                .map(m -> new ArrangedMeetings.Arrangement(m.first(), m.second(), m.placement())).toList());
        Map<MeetingRequestId, CuratedMeeting> booked = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).booked()) {
                booked.put(outcomes.get(i).meeting(), planned.get(i));
            }
        }
        drafts.keepReasons(eventId, booked);
        var publication = new CuratedDraft.Publication(now(), booked.size(), planned.size() - booked.size());
        drafts.markPublished(eventId, publication);
        return publication;
    }

    /** Why each of the actor's meetings at the event was arranged, where a published schedule arranged it. */
    @ReadOnly
    public Map<MeetingRequestId, CuratedReason> reasons(AccountId actor, EventId eventId) {
        List<MeetingRequestView> matches = meetings.matches(actor, eventId);
        Map<MeetingRequestId, CuratedDrafts.Reason> stored = drafts.reasons(matches.stream()
                .map(view -> view.request().id()).toList());
        Map<MeetingRequestId, CuratedReason> reasons = new LinkedHashMap<>();
        for (MeetingRequestView view : matches) {
            CuratedDrafts.Reason reason = stored.get(view.request().id());
            if (reason != null) {
                reasons.put(view.request().id(), new CuratedReason(view.request().id(), view.other().accountId(),
                        view.other().displayName(), reason.reason(), actor.equals(reason.askedBy())));
            }
        }
        return reasons;
    }

    /**
     * Who may meet whom at the event: the one place a schedule's rule comes from. Everyone the matching engine lets
     * meet: nobody blocked either way, connected or matched already, a colleague the event keeps apart, or in
     * categories the event's rules keep apart (decision 54), so schedules, requests and recommendations share one rule.
     */
    private static MeetingRule ruleFor(MatchingEngine engine) {
        return engine::mayMeet;
    }

    private CuratedProblem problem(Event event, MatchingModel model, Instant now) {
        EventId eventId = event.id();
        MatchingEngine engine = model.engine(MatchSettings.of(event.details()));
        CuratedSettings settings = drafts.settings(eventId).orElse(CuratedSettings.DEFAULT);
        List<AccountId> people = registrations.confirmedAttendees(eventId).stream().filter(engine::contains)
                .sorted(Comparator.comparing(AccountId::value)).toList();
        List<Participant> participants = people.stream()
                .map(person -> new Participant(person, settings.minimumMeetings(), settings.maximumMeetings()))
                .toList();
        ArrangedMeetings.Layout layout = arranged.layout(eventId);
        Map<MarkKind, List<Mark>> marked = marks.at(eventId);
        return new CuratedProblem(stillToCome(layout.sessions(), now), layout.tables(), layout.booked(),
                layout.busy(), participants, marked.get(MarkKind.MUST_MEET), marked.get(MarkKind.NO_THANKS),
                PairScores.of(engine), ruleFor(engine));
    }

    /** The sessions cut to their slots starting after {@code now}; a session with none left is dropped. */
    static List<NetworkingSession> stillToCome(List<NetworkingSession> sessions, Instant now) {
        List<NetworkingSession> left = new ArrayList<>();
        for (NetworkingSession session : sessions) {
            session.slots().stream().map(Slot::startsAt).filter(start -> start.isAfter(now)).findFirst()
                    .ifPresent(first -> left.add(new NetworkingSession(session.id(), session.eventId(), session.name(),
                            first, session.endsAt(), session.slotMinutes())));
        }
        return left;
    }

    private CuratedDraft named(EventId eventId, CuratedDrafts.Stored stored) {
        CuratedSchedule schedule = stored.schedule();
        Set<AccountId> people = new HashSet<>();
        schedule.meetings().forEach(m -> {
            people.add(m.first());
            people.add(m.second());
        });
        schedule.shortfalls().forEach(s -> people.add(s.person()));
        Map<AccountId, String> names = new HashMap<>(profiles.namesOf(people));
        Map<MeetingTableId, MeetingTable> tables = arranged.layout(eventId).tables().stream()
                .collect(Collectors.toMap(MeetingTable::id, Function.identity()));
        List<CuratedDraft.Meeting> meetings = schedule.meetings().stream()
                .filter(m -> tables.containsKey(m.placement().table()))
                .map(m -> new CuratedDraft.Meeting(m, names.getOrDefault(m.first(), "Someone"),
                        names.getOrDefault(m.second(), "Someone"), tables.get(m.placement().table())))
                .toList();
        List<CuratedDraft.Short> shortfalls = schedule.shortfalls().stream()
                .map(s -> new CuratedDraft.Short(s, names.getOrDefault(s.person(), "Someone"))).toList();
        return new CuratedDraft(eventId, stored.generatedAt(), stored.participants(), schedule.totals(), meetings,
                shortfalls, stored.publication());
    }

    private Event manageable(AccountId actor, EventId eventId) {
        Event event = events.get(Optional.of(actor), eventId);
        var role = events.roleOf(Optional.of(actor), eventId);
        EventAccess.require(EventAccess.canManage(role), event, role,
                "Only the event's organizers can schedule curated meetings.");
        return event;
    }

    private Event open(AccountId actor, EventId eventId) {
        Event event = manageable(actor, eventId);
        if (event.status() != EventStatus.PUBLISHED) {
            throw new RuleViolationException("Curated meetings can only be scheduled while the event is published.");
        }
        return event;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
