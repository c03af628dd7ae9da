package org.mingle.domain.matching;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

/**
 * Recommendations for one attendee, from the event's matching model kept in memory (decision 22): a request reads the
 * event, the viewer's registration and the viewer's own dismissals there (decision 53), and no profile.
 */
@Singleton
public class RecommendationService {

    public static final int LIMIT_MAX = 50;

    /** Suggestions for a decline come from this many of the viewer's best recommendations. */
    private static final int SUGGESTION_POOL = 20;

    private final EventService events;
    private final RegistrationService registrations;
    private final MatchingModels models;
    private final Dismissals dismissals;
    private final TransactionOperations<Connection> transactions;

    RecommendationService(EventService events, RegistrationService registrations, MatchingModels models,
                          Dismissals dismissals, TransactionOperations<Connection> transactions) {
        this.events = events;
        this.registrations = registrations;
        this.models = models;
        this.dismissals = dismissals;
        this.transactions = transactions;
    }

    /** What the request reads in its one short transaction. */
    private record Read(Event event, List<Dismissal> dismissals) {
    }

    /**
     * The people the viewer should meet at the event, best first, with the reasons.
     *
     * @throws InvalidInputException when the limit is outside 1..{@value #LIMIT_MAX}
     * @throws AccessDeniedException when the viewer is not a confirmed attendee
     */
    public List<PersonToMeet> recommendations(AccountId viewer, EventId eventId, int limit) {
        if (limit < 1 || limit > LIMIT_MAX) {
            throw InvalidInputException.of("limit", "must be between 1 and " + LIMIT_MAX);
        }
        Read read = confirmedAttendeeOf(viewer, eventId);
        MatchingModel model = models.of(eventId);
        if (!model.contains(viewer)) {
            return List.of(); // confirmed a moment ago on another instance: in the model within a second
        }
        MatchingEngine engine = model.engine(MatchSettings.of(read.event().details()));
        return engine.topK(viewer, limit, learned(model, engine, viewer, read.dismissals())).stream()
                .map(recommendation -> new PersonToMeet(recommendation.accountId(), recommendation.displayName(),
                        model.headline(recommendation.accountId()), model.company(recommendation.accountId()),
                        recommendation.score(), withMetBefore(model, viewer, recommendation)))
                .toList();
    }

    /** What the viewer's dismissals teach, from the dismissed people as the model holds them (no query). */
    static Learned learned(MatchingModel model, MatchingEngine engine, AccountId viewer, List<Dismissal> dismissals) {
        if (dismissals.isEmpty()) {
            return Learned.NOTHING;
        }
        return DismissalLearning.learn(engine.profileOf(viewer), dismissals.stream()
                .map(dismissal -> new DismissalLearning.Dismissed(dismissal.dismissed(), dismissal.reason(),
                        engine.profileOf(dismissal.dismissed()), model.company(dismissal.dismissed())))
                .toList());
    }

    /**
     * Up to {@code k} of the viewer's best recommendations whom the engine would put together with {@code other} too,
     * best first: whom the viewer, declining a meeting request from {@code other}, may suggest instead (decision 56).
     *
     * @throws AccessDeniedException when the viewer is not a confirmed attendee
     */
    public List<PersonToMeet> suggestionsFor(AccountId viewer, EventId eventId, AccountId other, int k) {
        List<PersonToMeet> best = recommendations(viewer, eventId, SUGGESTION_POOL);
        MatchingModel model = models.of(eventId);
        if (!model.contains(other)) {
            return List.of();
        }
        MatchingEngine engine = model.engine(MatchSettings.of(events.get(Optional.of(viewer), eventId).details()));
        return best.stream()
                .filter(person -> !person.accountId().equals(other) && engine.mayMeet(other, person.accountId()))
                .limit(k)
                .toList();
    }

    /**
     * Why the viewer and each of the others fit, in the words of recommendations and with where they met before, from
     * the event's model in memory (no query): for people the viewer deals with already, such as whoever asked them to
     * meet. Anyone the model does not hold (yet) is left out.
     */
    public Map<AccountId, List<Reason>> reasons(AccountId viewer, EventId eventId, Collection<AccountId> others) {
        MatchingModel model = models.of(eventId);
        if (others.isEmpty() || !model.contains(viewer)) {
            return Map.of();
        }
        // The reasons do not depend on the event's settings but for the perspective weight, read from the event.
        MatchingEngine engine = model.engine(MatchSettings.of(events.get(Optional.of(viewer), eventId).details()));
        Map<AccountId, List<Reason>> reasons = new HashMap<>();
        for (AccountId other : others) {
            if (!other.equals(viewer) && model.contains(other)) {
                reasons.put(other, withMetBefore(model, viewer, other, engine.explain(viewer, other)));
            }
        }
        return reasons;
    }

    /**
     * The viewer's best matches among some people of the event (those free now, say), best first, ranked and explained
     * as {@link #recommendations} are: never the viewer, nobody blocked either way or otherwise excluded by the
     * engine. People who are not attendees are left out.
     *
     * @throws InvalidInputException when the limit is outside 1..{@value #LIMIT_MAX}
     * @throws AccessDeniedException when the viewer is not a confirmed attendee
     */
    public List<PersonToMeet> bestAmong(AccountId viewer, EventId eventId, Collection<AccountId> among, int limit) {
        if (limit < 1 || limit > LIMIT_MAX) {
            throw InvalidInputException.of("limit", "must be between 1 and " + LIMIT_MAX);
        }
        Read read = confirmedAttendeeOf(viewer, eventId);
        MatchingModel model = models.of(eventId);
        var dismissed = read.dismissals().stream().map(Dismissal::dismissed).collect(Collectors.toSet());
        var candidates = among.stream().filter(person -> !dismissed.contains(person)).toList();
        if (!model.contains(viewer) || candidates.isEmpty()) {
            return List.of();
        }
        MatchingEngine engine = model.engine(MatchSettings.of(read.event().details()));
        return engine.bestPartners(viewer, limit, engine.group(candidates)).stream()
                .map(partner -> {
                    var recommendation = new Recommendation(partner.accountId(),
                            model.displayName(partner.accountId()), partner.score(),
                            engine.explain(viewer, partner.accountId()));
                    return new PersonToMeet(partner.accountId(), recommendation.displayName(),
                            model.headline(partner.accountId()), model.company(partner.accountId()),
                            partner.score(), withMetBefore(model, viewer, recommendation));
                })
                .toList();
    }

    /** The event as the viewer sees it and the viewer's dismissals, once they are known to be a confirmed attendee. */
    private Read confirmedAttendeeOf(AccountId viewer, EventId eventId) {
        // The checks share one short transaction; ranking runs after it, so no database connection waits on the engine.
        // The viewer's dismissals are read there too: they are the viewer's alone, read by no one else's request, so
        // they stay out of the shared model and every instance sees a dismissal at once (decision 53).
        return transactions.executeRead(status -> {
            Event visible = events.get(Optional.of(viewer), eventId);
            if (!registrations.isConfirmed(eventId, viewer)) {
                throw new AccessDeniedException("Recommendations are for confirmed attendees of this event.");
            }
            return new Read(visible, dismissals.at(eventId, viewer));
        });
    }

    /**
     * The engine's reasons, then where the two met before, if they did: a map lookup in the model, no query. The
     * score is the engine's, untouched (decision 42).
     */
    static List<Reason> withMetBefore(MatchingModel model, AccountId viewer, Recommendation recommendation) {
        return withMetBefore(model, viewer, recommendation.accountId(), recommendation.reasons());
    }

    private static List<Reason> withMetBefore(MatchingModel model, AccountId viewer, AccountId other,
                                              List<Reason> reasons) {
        return model.metBefore(viewer, other)
                .map(met -> {
                    List<Reason> all = new ArrayList<>(reasons);
                    all.add(Reason.metBefore(met));
                    return List.copyOf(all);
                })
                .orElse(reasons);
    }
}
