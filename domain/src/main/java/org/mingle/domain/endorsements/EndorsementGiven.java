package org.mingle.domain.endorsements;

import java.util.List;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Someone endorsed someone: published in the endorsing transaction, so the endorsed person hears of it. */
public record EndorsementGiven(EndorsementId endorsement, AccountId endorsed, String endorserName, EventId event,
                               String eventTitle, List<String> topics) {
}
