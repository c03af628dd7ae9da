package org.mingle.domain.reports;

import java.util.List;
import java.util.Objects;
import org.mingle.domain.connections.Outcome;
import org.mingle.domain.meetings.RequestFigures;

/**
 * What an event achieved: who came, whom they met, around which interests, what came of it, and whether the booked
 * meetings took place.
 *
 * @param requests how the meeting requests fared: answered, accepted, how fast, expired (from the meetings feature)
 */
public record EventReport(Funnel funnel, Networking networking, List<DegreeCount> degreeDistribution,
                          List<InterestCount> topInterests, List<InterestCount> connectingInterests,
                          List<OutcomeCount> outcomes, RequestFigures requests,
                          HeldMeetingFigures heldMeetings) {

    public EventReport {
        degreeDistribution = List.copyOf(degreeDistribution);
        topInterests = List.copyOf(topInterests);
        connectingInterests = List.copyOf(connectingInterests);
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(requests, "requests");
    }

    /**
     * The attendance funnel, from the registrations as they stand.
     *
     * @param registered everyone who ever registered, cancelled and declined included
     * @param noShows    confirmed but not checked in; counted once the event has started, 0 before
     */
    public record Funnel(int registered, int confirmed, int waitlisted, int pendingApproval, int cancelled,
                         int checkedIn, int noShows) {
    }

    /**
     * The connections made.
     *
     * @param attendees            whom shares, averages and the degree distribution are out of: the people checked
     *                             in, or everyone confirmed while nobody is
     * @param connections          every connection recorded at the event, including those of people who left since
     * @param firstTimers          attendees for whom this is the first event they were confirmed for
     * @param recommendedConnections connections between people one of whom was among the other's recommendations
     * @param roundPairs           pairs that sat at one table in a speed-networking round
     */
    public record Networking(int attendees, int connections, int attendeesWithConnection, double shareWithConnection,
                             double averagePerAttendee, int crossIndustry, double crossIndustryShare,
                             int firstTimers, int firstTimersWithConnection, int requestsSent, int requestsAccepted,
                             int recommendedConnections, int roundPairs, int roundPairsConnected) {
    }

    /** How many attendees made this many connections. */
    public record DegreeCount(int connections, int attendees) {
    }

    /** An interest and how often it occurs (among attendees, or among the connections that share it). */
    public record InterestCount(String interest, int count) {
    }

    /** An outcome attendees reported; {@code count} is {@code null} when fewer than three reported it. */
    public record OutcomeCount(Outcome outcome, Integer count) {

        public boolean fewerThanThree() {
            return count == null;
        }
    }
}
