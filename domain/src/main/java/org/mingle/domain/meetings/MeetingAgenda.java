package org.mingle.domain.meetings;

import java.util.List;

/**
 * The one-to-one meetings of an event as its team sees them: the sessions and tables, every meeting with a time, and
 * the matches still waiting for one (no slot where both are free and a table has room).
 */
public record MeetingAgenda(List<NetworkingSession> sessions, List<MeetingTable> tables, List<Booked> booked,
                            List<Waiting> waiting) {

    public MeetingAgenda {
        sessions = List.copyOf(sessions);
        tables = List.copyOf(tables);
        booked = List.copyOf(booked);
        waiting = List.copyOf(waiting);
    }

    /** A meeting with its time and table; names as the accounts give them. */
    public record Booked(MeetingRequestId meeting, String firstName, String secondName, Slot slot, MeetingTable table) {
    }

    /** A mutual match without a time yet. */
    public record Waiting(MeetingRequestId meeting, String firstName, String secondName) {
    }

    /** What placing the waiting matches achieved. */
    public record Placed(int placed, int waiting) {
    }
}
