package org.mingle.domain.matching;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.mingle.domain.events.Event;
import org.mingle.domain.meetings.PairingRule;
import org.mingle.domain.shared.AccountId;

/**
 * The meetings feature's question whether two attendees may be put together, answered by the event's matching model
 * in memory (no query). The models are looked up when first asked: they load through the meetings feature, which
 * asks this rule.
 */
@Singleton
class EnginePairingRule implements PairingRule {

    private final BeanProvider<MatchingModels> models;

    EnginePairingRule(BeanProvider<MatchingModels> models) {
        this.models = models;
    }

    @Override
    public boolean mayMeet(Event event, AccountId a, AccountId b) {
        MatchingModel model = models.get().of(event.id());
        // Someone confirmed a moment ago on another instance is in the model within a second; until then, no.
        return model.contains(a) && model.contains(b)
                && model.engine(MatchSettings.of(event.details())).mayMeet(a, b);
    }
}
