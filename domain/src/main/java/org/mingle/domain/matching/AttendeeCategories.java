package org.mingle.domain.matching;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * The organizers' attendee categories and who may meet whom (decision 54): matching leaves pairs the rules keep apart
 * out of recommendations and rounds, as it does blocked pairs. The curated feature answers, and publishes
 * {@link RulesChanged} and {@link Assigned} inside the transactions that change them; matching only asks and listens.
 */
public interface AttendeeCategories {

    /** The event's rule, as it is now: whom it lets meet by category. */
    Rule rule(EventId event);

    /** The category key of each of the accounts that has one at the event; accounts without one are missing. */
    Map<AccountId, String> categoriesOf(EventId event, Collection<AccountId> accounts);

    /** Whether people of two categories may meet; a null category stands for a person without one. */
    @FunctionalInterface
    interface Rule {

        /** An event without categories: everyone may meet everyone. */
        Rule ANYONE = (a, b) -> true;

        boolean mayMeet(String category, String otherCategory);
    }

    /** The event's categories or the rules between them changed. */
    record RulesChanged(EventId event) {

        public RulesChanged {
            Objects.requireNonNull(event, "event");
        }
    }

    /** A person's category at the event was set or taken away. */
    record Assigned(EventId event, AccountId account) {

        public Assigned {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(account, "account");
        }
    }
}
