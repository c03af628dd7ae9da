package org.mingle.domain.meetings;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.EventStatus;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.DomainException;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.RuleViolationException;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/**
 * Meeting requests between confirmed attendees of an event: send, accept, decline, cancel, and the lists each person
 * sees. Sending locks the sender's registration, so the organizers' limit on unanswered requests holds however fast
 * someone clicks; the database allows one open request per pair, so two people asking each other at the same moment
 * end with one request.
 */
@Singleton
public class MeetingRequestService {

    public static final int MESSAGE_MAX = 500;

    private final MeetingRequests requests;
    private final BlockService blocks;
    private final WhoMeetsWhom rules;
    private final EventService events;
    private final RegistrationService registrations;
    private final ProfileService profiles;
    private final MeetingPlacer placer;
    private final PairingRule pairing;
    private final ApplicationEventPublisher<MeetingMatched> matches;
    private final ApplicationEventPublisher<MeetingRequestChanged> changes;
    private final Clock clock;

    MeetingRequestService(MeetingRequests requests, BlockService blocks, WhoMeetsWhom rules, EventService events,
                          RegistrationService registrations, ProfileService profiles, MeetingPlacer placer,
                          PairingRule pairing, ApplicationEventPublisher<MeetingMatched> matches,
                          ApplicationEventPublisher<MeetingRequestChanged> changes, Clock clock) {
        this.requests = requests;
        this.rules = rules;
        this.changes = changes;
        this.placer = placer;
        this.pairing = pairing;
        this.matches = matches;
        this.blocks = blocks;
        this.events = events;
        this.registrations = registrations;
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * Asks another confirmed attendee to meet.
     *
     * @throws InvalidInputException    when the message is too long
     * @throws AccessDeniedException    when the actor is not a confirmed attendee
     * @throws RuleViolationException   when the policy refuses (see {@link MeetingRequestPolicy})
     * @throws MeetingRuleException     when the organizers' rules keep the two apart (their categories)
     * @throws ConflictException        when the two already have a pending request or a match
     */
    @Transactional
    public MeetingRequest request(AccountId actor, EventId eventId, AccountId to, String message) {
        return send(actor, eventId, to, message, null);
    }

    /**
     * Asks someone free now to meet right away (decision 52), under the same rules as any request: the allowance,
     * blocks, one open request per pair. It expires when the addressee's free time ends, if that comes before the
     * event's wait; accepted, it takes a table in the slot under way, or the two meet at the meeting point.
     *
     * @param answerBy when the addressee stops being free: the request expires then at the latest
     * @throws InvalidInputException when the message is too long, or {@code answerBy} has passed
     * @see #request
     */
    @Transactional
    public MeetingRequest requestNow(AccountId actor, EventId eventId, AccountId to, String message,
                                     Instant answerBy) {
        if (!answerBy.isAfter(now())) {
            throw InvalidInputException.of("answerBy", "must be in the future");
        }
        return send(actor, eventId, to, message, answerBy);
    }

    private MeetingRequest send(AccountId actor, EventId eventId, AccountId to, String message, Instant answerBy) {
        String text = message(message);
        Event event = events.get(Optional.of(actor), eventId);
        if (registrations.lockConfirmed(eventId, actor).isEmpty()) {
            throw new AccessDeniedException("Only confirmed attendees of this event can request meetings.");
        }
        Instant now = now();
        // Under the sender's lock: the sender's own requests past their expiry stop counting against the allowance,
        // and one between the two that ran out stops standing in the way, even before the sweep reaches them.
        if (!actor.equals(to)) {
            requests.expireOverdue(eventId, actor, to, now).forEach(this::publishExpired);
        }
        var facts = new MeetingRequestPolicy.Facts(actor, to, event.status(),
                !actor.equals(to) && registrations.isConfirmed(eventId, to),
                !actor.equals(to) && blocks.blockedEitherWay(actor, to),
                requests.countPendingFrom(eventId, actor), event.details().maxPendingRequests(),
                actor.equals(to) ? Optional.empty() : requests.openBetween(eventId, actor, to),
                actor.equals(to) ? Optional.empty() : rules.refusal(eventId, actor, to));
        if (MeetingRequestPolicy.mayRequest(facts) instanceof MeetingRequestPolicy.Refused refused) {
            if (refused.refusal() == MeetingRequestPolicy.Refusal.TOO_MANY_PENDING) {
                Instant freesAt = requests.firstExpiryFrom(eventId, actor).orElse(event.details().endsAt());
                throw new RequestAllowanceException(event.details().maxPendingRequests(), freesAt,
                        event.details().timeZone());
            }
            throw refusal(refused);
        }
        Instant expiresAt = event.details().meetingRequestExpiry(now);
        if (answerBy != null && answerBy.isBefore(expiresAt)) {
            expiresAt = answerBy;
        }
        var request = new MeetingRequest(MeetingRequestId.newId(), eventId, actor, to, text,
                MeetingRequestStatus.PENDING, now, null, expiresAt, answerBy != null);
        if (!requests.insertIfNoneOpen(request)) {
            throw new ConflictException("This person asked you at the same moment: see your requests.");
        }
        changes.publishEvent(new MeetingRequestChanged(eventId, request.id(), actor, to, request.status()));
        return request;
    }

    /**
     * The addressee accepts: the two become a mutual match, and the meeting takes the earliest slot of the event's
     * networking sessions where both are free and a table has room, if there is one.
     */
    @Transactional
    public MeetingRequest accept(AccountId actor, EventId event, MeetingRequestId id) {
        events.get(Optional.of(actor), event);
        placer.lock(event);
        MeetingRequest request = pendingFor(actor, event, id, Side.ADDRESSEE, "accept");
        if (events.get(Optional.of(actor), event).status() != EventStatus.PUBLISHED) {
            throw new RuleViolationException("Meeting requests are only possible while the event is open.");
        }
        if (!registrations.isConfirmed(event, actor)) {
            throw new RuleViolationException("You are no longer a confirmed attendee of this event.");
        }
        if (!registrations.isConfirmed(event, request.from())) {
            throw new RuleViolationException("This person is no longer a confirmed attendee of this event.");
        }
        // The organizers may have changed the categories since the request was sent.
        var keptApart = rules.refusal(event, actor, request.from());
        if (keptApart.isPresent()) {
            throw new MeetingRuleException(keptApart.get());
        }
        MeetingRequest accepted = respond(request, MeetingRequestStatus.ACCEPTED);
        if (accepted.meetsNow()) {
            placer.placeNow(accepted);
        } else {
            placer.placeAccepted(accepted);
        }
        matches.publishEvent(new MeetingMatched(event, accepted.from(), accepted.to()));
        return accepted;
    }

    /** The addressee declines. */
    @Transactional
    public MeetingRequest decline(AccountId actor, EventId event, MeetingRequestId id) {
        return decline(actor, event, id, null);
    }

    /**
     * The addressee declines, and may suggest someone the sender might meet instead: a confirmed attendee of the
     * event, neither of the two, blocked by neither of them either way, whom the matching engine would recommend to
     * the sender (decision 56). The sender is told, with the suggestion.
     *
     * @param suggested whom to suggest, or {@code null}
     * @throws RuleViolationException when the suggestion is not such a person
     */
    @Transactional
    public MeetingRequest decline(AccountId actor, EventId event, MeetingRequestId id, AccountId suggested) {
        MeetingRequest request = pendingFor(actor, event, id, Side.ADDRESSEE, "decline");
        if (suggested != null) {
            checkSuggestion(events.get(Optional.of(actor), event), request, suggested);
        }
        MeetingRequest declined = respond(request, MeetingRequestStatus.DECLINED, suggested);
        if (suggested != null) {
            requests.suggest(declined.id(), suggested);
        }
        return declined;
    }

    private void checkSuggestion(Event event, MeetingRequest request, AccountId suggested) {
        if (suggested.equals(request.from())) {
            throw new RuleViolationException("Suggest someone other than the person who asked you.");
        }
        if (suggested.equals(request.to())) {
            throw new RuleViolationException("Suggest someone other than yourself.");
        }
        if (!registrations.isConfirmed(request.eventId(), suggested)) {
            throw new RuleViolationException("The person you suggest is not a confirmed attendee of this event.");
        }
        if (blocks.blockedEitherWay(request.from(), suggested) || blocks.blockedEitherWay(request.to(), suggested)) {
            throw new RuleViolationException("You cannot suggest this person.");
        }
        if (!pairing.mayMeet(event, request.from(), suggested)) {
            throw new RuleViolationException("Mingle would not suggest this person to them: they already met or"
                    + " matched, or the event keeps colleagues apart.");
        }
    }

    /** The sender withdraws a request not yet answered. */
    @Transactional
    public MeetingRequest cancel(AccountId actor, EventId event, MeetingRequestId id) {
        return respond(pendingFor(actor, event, id, Side.SENDER, "cancel"), MeetingRequestStatus.CANCELLED);
    }

    /** Every request the actor sent or received at the event, newest first. */
    @ReadOnly
    public List<MeetingRequestView> requests(AccountId actor, EventId event) {
        events.get(Optional.of(actor), event);
        return views(actor, event, requests.involving(event, actor));
    }

    /**
     * The requests as the actor sees them: each with the other person as far as they show themselves, for the
     * addressee how the sender answers the requests they receive here, and whom a decline suggested.
     */
    private List<MeetingRequestView> views(AccountId actor, EventId event, List<MeetingRequest> found) {
        Set<AccountId> senders = new HashSet<>();
        found.stream().filter(request -> request.to().equals(actor)).forEach(request -> senders.add(request.from()));
        Instant now = now();
        Map<AccountId, ResponseRate> rates = new HashMap<>();
        requests.receivedBy(event, senders).forEach((sender, received) ->
                rates.put(sender, ResponseRate.of(received, now)));
        Map<MeetingRequestId, AccountId> suggestions = requests.suggestions(found.stream()
                .filter(request -> request.status() == MeetingRequestStatus.DECLINED)
                .map(MeetingRequest::id).toList());
        Set<AccountId> people = new HashSet<>(suggestions.values());
        found.forEach(request -> people.add(request.otherThan(actor)));
        Map<AccountId, ProfileView> seen = profiles.views(actor, people);
        List<MeetingRequestView> views = new ArrayList<>();
        for (MeetingRequest request : found) {
            ProfileView other = seen.get(request.otherThan(actor));
            if (other != null) {
                boolean incoming = request.to().equals(actor);
                AccountId suggested = suggestions.get(request.id());
                views.add(new MeetingRequestView(request, other, incoming,
                        incoming ? rates.getOrDefault(request.from(), new ResponseRate(0, 0)) : null,
                        suggested == null ? null : seen.get(suggested)));
            }
        }
        return views;
    }

    /** How many requests at the event wait for the actor's answer: the count on the event home's Meetings tab. */
    @ReadOnly
    public long waitingForAnswer(AccountId actor, EventId event) {
        return requests.involving(event, actor).stream()
                .filter(request -> request.to().equals(actor) && request.status() == MeetingRequestStatus.PENDING)
                .count();
    }

    /** One request, for one of its two people. */
    @ReadOnly
    public MeetingRequestView find(AccountId actor, EventId event, MeetingRequestId id) {
        events.get(Optional.of(actor), event);
        MeetingRequest request = requests.find(event, id).filter(r -> r.involves(actor))
                .orElseThrow(MeetingRequestNotFoundException::new);
        return views(actor, event, List.of(request)).stream().findFirst()
                .orElseThrow(MeetingRequestNotFoundException::new);
    }

    /**
     * How the requests of these events fared, each event's and all together, for the reports feature, which has
     * checked that its caller runs them.
     */
    @ReadOnly
    public RequestFigures.Across figures(Collection<EventId> events) {
        return requests.figures(events);
    }

    /** The actor's mutual matches at the event (accepted requests), newest first. */
    @ReadOnly
    public List<MeetingRequestView> matches(AccountId actor, EventId event) {
        return requests(actor, event).stream()
                .filter(view -> view.request().status() == MeetingRequestStatus.ACCEPTED).toList();
    }

    /** Whether one of the two accepted the other's request at the event. */
    @ReadOnly
    public boolean matched(EventId event, AccountId a, AccountId b) {
        return requests.openBetween(event, a, b).filter(r -> r.status() == MeetingRequestStatus.ACCEPTED).isPresent();
    }

    /** All mutual matches at the event, for matching and scheduling. */
    @ReadOnly
    public List<MeetingRequest> acceptedAt(EventId event) {
        return requests.accepted(event);
    }

    private enum Side { SENDER, ADDRESSEE }

    private MeetingRequest pendingFor(AccountId actor, EventId event, MeetingRequestId id, Side side, String verb) {
        events.get(Optional.of(actor), event);
        MeetingRequest request = requests.lock(event, id).filter(r -> r.involves(actor))
                .orElseThrow(MeetingRequestNotFoundException::new);
        boolean allowed = side == Side.SENDER ? request.from().equals(actor) : request.to().equals(actor);
        if (!allowed) {
            throw new AccessDeniedException(side == Side.SENDER
                    ? "Only the person who sent a request can " + verb + " it."
                    : "Only the person asked can " + verb + " a request.");
        }
        if (request.status() != MeetingRequestStatus.PENDING) {
            throw new ConflictException("This request was already "
                    + request.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        if (request.overdue(now())) {
            throw new ConflictException("This request expired unanswered; either of you may send a new one.");
        }
        return request;
    }

    private MeetingRequest respond(MeetingRequest request, MeetingRequestStatus status) {
        return respond(request, status, null);
    }

    private MeetingRequest respond(MeetingRequest request, MeetingRequestStatus status, AccountId suggested) {
        Instant now = now();
        requests.setStatus(request.id(), status, now);
        changes.publishEvent(new MeetingRequestChanged(request.eventId(), request.id(), request.from(), request.to(),
                status, suggested));
        return new MeetingRequest(request.id(), request.eventId(), request.from(), request.to(), request.message(),
                status, request.createdAt(), now, request.expiresAt(), request.meetsNow());
    }

    /**
     * Marks EXPIRED the pending requests whose time ran out, anywhere, a batch at a time; both people of each are told
     * (through {@link MeetingRequestChanged}). Each request is marked once across all instances.
     *
     * @return how many it marked
     */
    @Transactional
    public int expireOverdue(int limit) {
        List<MeetingRequest> expired = requests.expireOverdue(now(), limit);
        expired.forEach(this::publishExpired);
        return expired.size();
    }

    private void publishExpired(MeetingRequest expired) {
        changes.publishEvent(new MeetingRequestChanged(expired.eventId(), expired.id(), expired.from(), expired.to(),
                MeetingRequestStatus.EXPIRED));
    }

    private static RuntimeException refusal(MeetingRequestPolicy.Refused refused) {
        DomainException refusal = switch (refused.refusal()) {
            case ALREADY_OPEN -> new ConflictException(refused.message());
            case CATEGORY_RULES -> new MeetingRuleException(refused.message());
            default -> new RuleViolationException(refused.message());
        };
        return refused.code() == null ? refusal : refusal.coded(refused.code(), refused.arguments().toArray());
    }

    private static String message(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n').strip();
        List<FieldError> errors = new ArrayList<>();
        if (!TextRules.check("message", text, MESSAGE_MAX, Lines.MULTIPLE, errors)) {
            throw new InvalidInputException(errors);
        }
        return text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
