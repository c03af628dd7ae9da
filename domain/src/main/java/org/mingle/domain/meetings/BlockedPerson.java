package org.mingle.domain.meetings;

import java.time.Instant;
import org.mingle.domain.accounts.AccountId;

/** Someone the caller blocked, as the caller's block list shows them. */
public record BlockedPerson(AccountId accountId, String displayName, Instant since) {
}
