package org.mingle.domain.connections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Where connect codes, connections and each person's private entries are kept. */
interface Connections {

    Optional<ConnectCode> codeOf(AccountId account);

    /** Stores the account's code unless it has one already or another account holds the same code. */
    boolean insertCode(AccountId account, ConnectCode code, Instant now);

    Optional<AccountId> ownerOf(ConnectCode code);

    Optional<Connection> between(EventId event, AccountId a, AccountId b);

    /** Stores the connection unless the pair already has one at the event (the database decides under concurrency). */
    boolean insertIfAbsent(Connection connection);

    /**
     * Adds a newly stored connection to the counters reports read: the event's totals, both people's and each shared
     * interest's. Call it last in the transaction: every connection of an event adds to the same rows, which stay
     * locked until commit, so the shorter the rest of the transaction, the more connections an event takes per second.
     */
    void count(Connection connection);

    /** Gives the owner an entry for the connection, with empty notes, unless they have one. */
    void ensureEntry(Connection connection, AccountId owner, Instant now);

    /** Everyone the owner keeps an entry about, at any event: their network, as far as they keep it. */
    default Set<AccountId> networkOf(AccountId owner) {
        return networksOf(List.of(owner)).getOrDefault(owner, new HashSet<>());
    }

    /** {@link #networkOf} each owner, with one query for all; owners without a network are left out. */
    Map<AccountId, Set<AccountId>> networksOf(Collection<AccountId> owners);

    /** The owner's entries, newest connection first. */
    List<Entry> entriesOf(AccountId owner);

    Optional<Entry> entry(AccountId owner, ConnectionId connection);

    /** The owner's entries on their connections with one person, at every event, newest connection first. */
    List<SharedConnection> entriesWith(AccountId owner, AccountId other);

    void saveNotes(ConnectionId connection, AccountId owner, PrivateNotes notes, Instant now);

    /** Deletes the owner's entry; false when they had none. */
    boolean deleteEntry(ConnectionId connection, AccountId owner);

    int countDue(AccountId owner, LocalDate today);

    /**
     * Every owner's entries whose follow-up is not done and whose reminder falls from {@code from} to {@code to},
     * ordered by owner and connection: at most {@code limit}, after {@code after} when given.
     */
    List<Owned> dueBetween(LocalDate from, LocalDate to, Optional<DueFollowUp> after, int limit);

    /** For erasure: the account's code, its own entries, and everyone's entries about the account. */
    void forget(AccountId account);

    /** One person's entry: the connection and the owner's notes. */
    record Entry(Connection connection, PrivateNotes notes) {
    }

    /** An entry with its owner, for reading many people's entries at once. */
    record Owned(AccountId owner, Entry entry) {
    }
}
