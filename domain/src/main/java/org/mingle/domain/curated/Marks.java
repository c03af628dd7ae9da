package org.mingle.domain.curated;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Where attendees' marks are kept. */
interface Marks {

    /** Sets the mark, replacing the one the author had on that person. */
    void put(EventId event, AccountId from, AccountId to, MarkKind kind, Instant at);

    /** False when there was none. */
    boolean remove(EventId event, AccountId from, AccountId to);

    Optional<MarkKind> of(EventId event, AccountId from, AccountId to);

    /** How many people the author marked this way at the event, without {@code other}. */
    int count(EventId event, AccountId from, MarkKind kind, AccountId other);

    /** The author's marks at the event, newest first. */
    List<StoredMark> by(EventId event, AccountId from);

    /** Every mark at the event of each kind, for generating a schedule. */
    Map<MarkKind, List<Mark>> at(EventId event);

    /** Every mark the account made, at any event, for its data export. */
    List<StoredMark> byAccount(AccountId from);

    /** Removes the marks the account made and the marks about it, everywhere. */
    void eraseBy(AccountId account);

    record StoredMark(EventId event, AccountId to, MarkKind kind, Instant markedAt) {
    }
}
