package org.mingle.domain.meetings;

import java.time.Instant;
import org.mingle.domain.shared.AccountId;

/** Someone the caller blocked, as the caller's block list shows them. */
public record BlockedPerson(AccountId accountId, String displayName, Instant since) {
}
