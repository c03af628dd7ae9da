package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * One attendee asking another to meet at an event. ACCEPTED makes the two a mutual match.
 *
 * @param message     what the sender wrote, or {@code null}
 * @param respondedAt when it stopped being PENDING; {@code null} while pending
 * @param expiresAt   when it expires if still pending: the event's wait after sending, never past the event's end;
 *                    for a request to meet now, when the addressee's free time ends, if sooner
 * @param meetsNow    a request to meet right away, sent to someone free now (decision 52): accepted, it takes a
 *                    table in the slot under way, or the two meet at the meeting point; never a later slot
 */
public record MeetingRequest(
        MeetingRequestId id,
        EventId eventId,
        AccountId from,
        AccountId to,
        String message,
        MeetingRequestStatus status,
        Instant createdAt,
        Instant respondedAt,
        Instant expiresAt,
        boolean meetsNow) {

    public MeetingRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A request for a meeting at the next free slot, as most are. */
    public MeetingRequest(MeetingRequestId id, EventId eventId, AccountId from, AccountId to, String message,
                          MeetingRequestStatus status, Instant createdAt, Instant respondedAt, Instant expiresAt) {
        this(id, eventId, from, to, message, status, createdAt, respondedAt, expiresAt, false);
    }

    /** Whether it is still pending but nobody may answer it any more, because its time ran out. */
    public boolean overdue(Instant now) {
        return status == MeetingRequestStatus.PENDING && !now.isBefore(expiresAt);
    }

    public boolean involves(AccountId account) {
        return from.equals(account) || to.equals(account);
    }

    /** The other person, seen from {@code account}, who must be one of the two. */
    public AccountId otherThan(AccountId account) {
        return from.equals(account) ? to : from;
    }
}
