package org.mingle.domain.matching;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.InvalidInputException;

/**
 * Recommendations for one attendee, from the event's matching model kept in memory (decision 22): a request reads the
 * event and the viewer's registration, and no profile.
 */
@Singleton
public class RecommendationService {

    public static final int LIMIT_MAX = 50;

    private final EventService events;
    private final RegistrationService registrations;
    private final MatchingModels models;
    private final TransactionOperations<Connection> transactions;

    RecommendationService(EventService events, RegistrationService registrations, MatchingModels models,
                          TransactionOperations<Connection> transactions) {
        this.events = events;
        this.registrations = registrations;
        this.models = models;
        this.transactions = transactions;
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
        Event event = confirmedAttendeeOf(viewer, eventId);
        MatchingModel model = models.of(eventId);
        if (!model.contains(viewer)) {
            return List.of(); // confirmed a moment ago on another instance: in the model within a second
        }
        return model.engine(MatchSettings.of(event.details())).topK(viewer, limit).stream()
                .map(recommendation -> new PersonToMeet(recommendation.accountId(), recommendation.displayName(),
                        model.headline(recommendation.accountId()), model.company(recommendation.accountId()),
                        recommendation.score(), withMetBefore(model, viewer, recommendation)))
                .toList();
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
        Event event = confirmedAttendeeOf(viewer, eventId);
        MatchingModel model = models.of(eventId);
        if (!model.contains(viewer) || among.isEmpty()) {
            return List.of();
        }
        MatchingEngine engine = model.engine(MatchSettings.of(event.details()));
        return engine.bestPartners(viewer, limit, engine.group(among)).stream()
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

    /** The event as the viewer sees it, once they are known to be a confirmed attendee of it. */
    private Event confirmedAttendeeOf(AccountId viewer, EventId eventId) {
        // The checks share one short transaction; ranking runs after it, so no database connection waits on the engine.
        return transactions.executeRead(status -> {
            Event visible = events.get(Optional.of(viewer), eventId);
            if (!registrations.isConfirmed(eventId, viewer)) {
                throw new AccessDeniedException("Recommendations are for confirmed attendees of this event.");
            }
            return visible;
        });
    }

    /**
     * The engine's reasons, then where the two met before, if they did: a map lookup in the model, no query. The
     * score is the engine's, untouched (decision 42).
     */
    static List<Reason> withMetBefore(MatchingModel model, AccountId viewer, Recommendation recommendation) {
        return model.metBefore(viewer, recommendation.accountId())
                .map(met -> {
                    List<Reason> reasons = new ArrayList<>(recommendation.reasons());
                    reasons.add(Reason.metBefore(met));
                    return List.copyOf(reasons);
                })
                .orElse(recommendation.reasons());
    }
}
