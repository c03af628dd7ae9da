package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** When the first of the sender's pending requests at the event expires, freeing a place in the allowance. */
    Optional<Instant> firstExpiryFrom(EventId event, AccountId sender);

    /**
     * Marks EXPIRED the sender's overdue pending requests at the event, and an overdue one between the two in either
     * direction; the ones it marked. Each row is marked once however many transactions try at the same time.
     */
    List<MeetingRequest> expireOverdue(EventId event, AccountId sender, AccountId addressee, Instant now);

    /** Marks EXPIRED up to {@code limit} overdue pending requests anywhere, skipping rows others hold; the ones marked. */
    List<MeetingRequest> expireOverdue(Instant now, int limit);

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

    /** Keeps whom the addressee suggested meeting instead, on a request they declined. */
    void suggest(MeetingRequestId request, AccountId suggested);

    /** The suggestions made on these requests, by request; requests without one are left out. */
    Map<MeetingRequestId, AccountId> suggestions(Collection<MeetingRequestId> requests);

    /** What each of these people received at the event, as it counts towards their response rate. */
    Map<AccountId, List<ResponseRate.Received>> receivedBy(EventId event, Collection<AccountId> addressees);

    /** How the requests of these events fared, each event's and all together, in one pass. */
    RequestFigures.Across figures(Collection<EventId> events);
}
