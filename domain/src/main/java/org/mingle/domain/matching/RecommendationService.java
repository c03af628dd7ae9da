package org.mingle.domain.matching;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mingle.domain.accounts.AccountId;
import org.mingle.domain.events.Event;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.InvalidInputException;

/**
 * Recommendations for one attendee, computed on demand from the event's current confirmed attendees, their profiles,
 * blocks and matches, so they follow every change at once (decision 11 weighs this against a cache).
 */
@Singleton
public class RecommendationService {

    public static final int LIMIT_MAX = 50;

    private final EventService events;
    private final RegistrationService registrations;
    private final ProfileService profiles;
    private final MatchingEngines engines;

    RecommendationService(EventService events, RegistrationService registrations, ProfileService profiles,
                          MatchingEngines engines) {
        this.events = events;
        this.registrations = registrations;
        this.profiles = profiles;
        this.engines = engines;
    }

    /**
     * The people the viewer should meet at the event, best first, with the reasons.
     *
     * @throws InvalidInputException when the limit is outside 1..{@value #LIMIT_MAX}
     * @throws AccessDeniedException when the viewer is not a confirmed attendee
     */
    @ReadOnly
    public List<PersonToMeet> recommendations(AccountId viewer, EventId eventId, int limit) {
        if (limit < 1 || limit > LIMIT_MAX) {
            throw InvalidInputException.of("limit", "must be between 1 and " + LIMIT_MAX);
        }
        Event event = events.get(Optional.of(viewer), eventId);
        if (!registrations.isConfirmed(eventId, viewer)) {
            throw new AccessDeniedException("Recommendations are for confirmed attendees of this event.");
        }
        List<Profile> attendees = profiles.confirmedAttendeesOf(eventId);
        Map<AccountId, Profile> byId = attendees.stream()
                .collect(Collectors.toMap(Profile::accountId, Function.identity()));
        var engine = engines.build(event, attendees);
        return engine.topK(viewer, limit).stream().map(recommendation -> {
            Profile profile = byId.get(recommendation.accountId());
            String headline = profile.visibilityOf(ProfileField.HEADLINE).usableForMatching()
                    && !profile.headline().isEmpty() ? profile.headline() : null;
            return new PersonToMeet(recommendation.accountId(), recommendation.displayName(), headline,
                    recommendation.score(), recommendation.reasons());
        }).toList();
    }
}
