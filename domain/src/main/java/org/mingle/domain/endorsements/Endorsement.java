package org.mingle.domain.endorsements;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * One person vouching for another on some of the other's interests, after meeting them at an event.
 *
 * @param endorserName the endorser's display name where the reader needs it; empty otherwise
 * @param eventTitle   the title of the event where they met; empty where unknown
 * @param topics       one to three of the endorsed person's interests, as they read when endorsed
 * @param note         what the endorser added, possibly blank
 */
public record Endorsement(
        EndorsementId id,
        AccountId endorser,
        Optional<String> endorserName,
        AccountId endorsed,
        EventId eventId,
        Optional<String> eventTitle,
        List<String> topics,
        String note,
        EndorsementStatus status,
        Instant createdAt,
        Optional<Instant> decidedAt) {

    public Endorsement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endorser, "endorser");
        Objects.requireNonNull(endorserName, "endorserName");
        Objects.requireNonNull(endorsed, "endorsed");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventTitle, "eventTitle");
        topics = List.copyOf(topics);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    Endorsement named(Optional<String> name, Optional<String> title) {
        return new Endorsement(id, endorser, name, endorsed, eventId, title, topics, note, status, createdAt,
                decidedAt);
    }

    /** Whether the account gave or received it. */
    public boolean involves(AccountId account) {
        return endorser.equals(account) || endorsed.equals(account);
    }
}
