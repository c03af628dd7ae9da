package org.mingle.domain.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mingle.domain.connections.Outcome;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** The counting queries behind reports: each one pass over the event's rows, so sections stay cheap. */
interface Reports {

    EventReport.Funnel funnel(EventId event, boolean started);

    /** Connections: total, cross-industry, from recommendations. */
    ConnectionCounts connectionCounts(EventId event);

    /**
     * Number of connections → how many attendees made that many (at least one), among the confirmed attendees, or
     * only those checked in.
     */
    Map<Integer, Integer> degreeCounts(EventId event, boolean checkedInOnly);

    /** Everyone who made at least one connection at the event, attendees who left since included. */
    int connectedPeople(EventId event);

    /** Confirmed attendees for whom this is their first event, and how many of them connected. */
    FirstTimers firstTimers(EventId event, Instant eventStart);

    /** Meeting requests at the event: sent and accepted. */
    Requests requests(EventId event);

    /** The event's booked meetings: held, no-shows, ended by {@code now}, and held among those ended. */
    HeldMeetingFigures heldMeetings(EventId event, Instant now);

    /** Distinct pairs that sat at one table in a round, and how many of them recorded a connection. */
    RoundPairs roundPairs(EventId event);

    List<EventReport.InterestCount> topInterests(EventId event, int limit);

    List<EventReport.InterestCount> connectingInterests(EventId event, int limit);

    Map<Outcome, Integer> outcomes(EventId event);

    /**
     * The most connected people, most first (ties by account), each with their industry as they show it to attendees
     * now.
     */
    List<NetworkPicture.Person> mostConnected(EventId event, int limit);

    /** Connections among the given people, each pair in the order stored. */
    List<ConnectedPair> connectionsAmong(EventId event, List<AccountId> people);

    /** Every connection of the event, in the order stored, read with a cursor so memory stays flat. */
    void forEachConnection(EventId event, Consumer<ConnectionRow> sink);

    /** For one attendee: connections at the event they keep, those outside their industry, and open follow-ups. */
    AttendeeCounts attendeeCounts(EventId event, AccountId attendee);

    record ConnectionCounts(int connections, int crossIndustry, int recommended) {
    }

    record FirstTimers(int count, int withConnection) {
    }

    record Requests(int sent, int accepted) {
    }

    record RoundPairs(int pairs, int connected) {
    }

    record ConnectedPair(AccountId first, AccountId second) {
    }

    record AttendeeCounts(int peopleMet, int outsideIndustry, int followUpsOpen) {
    }
}
