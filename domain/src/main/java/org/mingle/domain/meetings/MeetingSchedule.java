package org.mingle.domain.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Where networking sessions, meeting tables and the meetings' slots are kept. */
interface MeetingSchedule {

    /** Locks the event's row until the transaction ends: every change to an event's bookings takes turns. */
    void lockEvent(EventId event);

    List<NetworkingSession> sessions(EventId event);

    void insertSession(NetworkingSession session, Instant createdAt);

    /** Removes the session and the bookings in it; false when the event has no such session. */
    boolean deleteSession(EventId event, NetworkingSessionId session);

    /** The event's tables, in the order they were added. */
    List<MeetingTable> tables(EventId event);

    void insertTable(MeetingTable table, Instant createdAt);

    /** Removes the table and the bookings at it; false when the event has no such table. */
    boolean deleteTable(EventId event, MeetingTableId table);

    List<Booking> bookings(EventId event);

    /** Stores a booking, replacing the meeting's earlier one and any proposal. */
    void book(EventId event, SlotBook.Booked booked);

    void propose(MeetingRequestId meeting, Instant startsAt, AccountId by);

    void clearProposal(MeetingRequestId meeting);

    /** Removes every booking of a meeting between the two, at any event. */
    void deleteBetween(AccountId a, AccountId b);

    /** Removes the bookings of the account's meetings at the event. */
    void deleteAt(EventId event, AccountId account);

    /** Removes every booking of a meeting the account is in. */
    void deleteInvolving(AccountId account);

    /** Every booking of a meeting the account is in, for its data export. */
    List<Booking> ofAccount(AccountId account);

    /** The bookings of these meetings, where they have one. */
    List<Booking> ofMeetings(Collection<MeetingRequestId> meetings);

    /**
     * A stored booking with the proposal waiting on it, if any.
     *
     * @param released who of the two no longer sits at it: the reporter of a no-show during its slot (decision 51)
     */
    record Booking(EventId event, SlotBook.Booked booked, String tableName, Instant proposedStartsAt,
                   AccountId proposedBy, HeldState state, Set<AccountId> released) {

        public Booking {
            released = Set.copyOf(released);
        }

        Optional<Instant> proposal() {
            return Optional.ofNullable(proposedStartsAt);
        }
    }
}
