package org.mingle.domain.events;

import java.time.Instant;
import org.mingle.domain.shared.AccountId;

/** Someone on an event's team, with the name organizers see. */
public record TeamMember(AccountId account, String displayName, String email, EventRole role, Instant since) {
}
