package org.mingle.domain.audit;

import java.time.Instant;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;

/**
 * One security event. Accounts are named by id only: never an email address, a password or a token.
 *
 * @param account       whom it concerns, if known
 * @param actor         who did it, when someone else than {@code account}
 * @param event         the event it concerns (role changes)
 * @param clientAddress where the request came from
 */
public record AuditEntry(Instant occurredAt, AuditKind kind, AccountId account, AccountId actor, UUID event,
                         String clientAddress, String detail) {
}
