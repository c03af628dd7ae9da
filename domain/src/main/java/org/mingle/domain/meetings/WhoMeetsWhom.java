package org.mingle.domain.meetings;

import java.util.Optional;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * The organizers' rules on who may meet whom at an event (their attendee categories, decision 54). The curated feature
 * answers; meetings asks before a request is sent or accepted.
 */
public interface WhoMeetsWhom {

    /**
     * Empty when the rules let the two meet; otherwise why not, in words for the one asking, which name their own
     * category and never the other's.
     */
    Optional<String> refusal(EventId event, AccountId asking, AccountId other);
}
