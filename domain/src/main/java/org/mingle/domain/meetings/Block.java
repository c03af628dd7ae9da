package org.mingle.domain.meetings;

import java.time.Instant;
import org.mingle.domain.shared.AccountId;

/** One person blocking another. */
public record Block(AccountId blocker, AccountId blocked, Instant since) {
}
