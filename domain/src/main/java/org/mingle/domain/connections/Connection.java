package org.mingle.domain.connections;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * Two people who met at an event. The pair is kept in one order ({@link #ordered}), so it is one connection whoever
 * records it.
 */
public record Connection(ConnectionId id, EventId eventId, AccountId first, AccountId second, AccountId recordedBy,
                         ConnectionSource source, ConnectionFacts facts, Instant connectedAt) {

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(connectedAt, "connectedAt");
        if (!first.equals(ordered(first, second)[0]) || first.equals(second)) {
            throw new IllegalArgumentException("a connection joins two people, in order");
        }
    }

    /**
     * The two in the order the database keeps them: by the text of their ids, which orders like PostgreSQL's uuid
     * comparison (Java's {@code UUID.compareTo} compares signed numbers and does not).
     */
    public static AccountId[] ordered(AccountId a, AccountId b) {
        return a.value().toString().compareTo(b.value().toString()) <= 0
                ? new AccountId[] {a, b} : new AccountId[] {b, a};
    }

    public boolean involves(AccountId account) {
        return first.equals(account) || second.equals(account);
    }

    public AccountId otherThan(AccountId account) {
        return first.equals(account) ? second : first;
    }
}
