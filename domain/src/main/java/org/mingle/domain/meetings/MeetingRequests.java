package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Where meeting requests are kept. */
interface MeetingRequests {

    /** Stores a new request unless the two already have an open one (the database decides under concurrency). */
    boolean insertIfNoneOpen(MeetingRequest request);

    /** The pending or accepted request between the two at the event, in either direction. */
    Optional<MeetingRequest> openBetween(EventId event, AccountId a, AccountId b);

    int countPendingFrom(EventId event, AccountId sender);

    Optional<MeetingRequest> find(EventId event, MeetingRequestId id);

    /** The request with its row locked until the transaction ends. */
    Optional<MeetingRequest> lock(EventId event, MeetingRequestId id);

    void setStatus(MeetingRequestId id, MeetingRequestStatus status, Instant respondedAt);

    /** Requests the account sent or received at the event, newest first. */
    List<MeetingRequest> involving(EventId event, AccountId account);

    /** Accepted requests at the event: its mutual matches. */
    List<MeetingRequest> accepted(EventId event);

    /** Every request the account sent or received, oldest first, for its data export. */
    List<MeetingRequest> ofAccount(AccountId account);

    /** The accepted requests between two people, at every event. */
    List<MeetingRequest> acceptedBetween(AccountId a, AccountId b);

    /**
     * Closes what is pending between the two, everywhere: requests from {@code closer} are CANCELLED, requests to
     * {@code closer} DECLINED.
     */
    void closePendingBetween(AccountId closer, AccountId other, Instant now);

    /** For erasure: cancels pending requests both ways and forgets the messages the account wrote. */
    void forget(AccountId account, Instant now);
}
