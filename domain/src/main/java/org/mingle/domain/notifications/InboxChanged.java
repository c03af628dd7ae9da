package org.mingle.domain.notifications;

import java.util.Objects;
import java.util.Set;
import org.mingle.domain.shared.AccountId;

/**
 * Published inside the transaction that wrote or read notifications, naming whose inbox changed, so what shows an
 * inbox (a bell, a toast) can catch up once the change has committed.
 *
 * @param added whether notifications were added, rather than only read
 */
public record InboxChanged(Set<AccountId> accounts, boolean added) {

    public InboxChanged {
        accounts = Set.copyOf(Objects.requireNonNull(accounts, "accounts"));
    }
}
