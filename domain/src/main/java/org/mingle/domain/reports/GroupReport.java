package org.mingle.domain.reports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.RequestFigures;

/**
 * What a group's events have done for its community, for its owners and organizers: how membership grew, who came to
 * each event (and how many for the first time), the share of attendances by people who came back, the connections
 * made at each event, and how many different pairs of people have connected across all of them so far.
 *
 * @param members               people who belong now
 * @param membersOverTime       the members at the end of each month, from the month the first current member joined;
 *                              people who left are not counted in any month
 * @param events                the group's events that have started, in order
 * @param returningShare        of all attendances, the share by people who had attended an earlier event of the group
 *                              (0 without attendances)
 * @param cumulativeConnections after each event, the different pairs connected at the group's events so far
 * @param requests              how the meeting requests of these events fared, each event's and all together
 * @param heldMeetings          whether their booked meetings took place, each event's and all together
 */
public record GroupReport(int members, List<MembersAt> membersOverTime, List<EventFigures> events,
                          double returningShare, List<ConnectedPairs> cumulativeConnections,
                          RequestFigures.Across requests, HeldMeetingFigures.Across heldMeetings) {

    public GroupReport {
        membersOverTime = List.copyOf(membersOverTime);
        events = List.copyOf(events);
        cumulativeConnections = List.copyOf(cumulativeConnections);
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(heldMeetings, "heldMeetings");
    }

    /** The report before the meetings' figures are added. */
    GroupReport(int members, List<MembersAt> membersOverTime, List<EventFigures> events, double returningShare,
                List<ConnectedPairs> cumulativeConnections) {
        this(members, membersOverTime, events, returningShare, cumulativeConnections,
                new RequestFigures.Across(RequestFigures.NONE, Map.of()),
                new HeldMeetingFigures.Across(HeldMeetingFigures.NONE, Map.of()));
    }

    GroupReport withMeetings(RequestFigures.Across requestFigures, HeldMeetingFigures.Across heldFigures) {
        return new GroupReport(members, membersOverTime, events, returningShare, cumulativeConnections,
                requestFigures, heldFigures);
    }

    /** The members at the end of a month. */
    public record MembersAt(YearMonth month, int members) {
    }

    /**
     * One event of the group.
     *
     * @param attendees   people checked in, or where nobody was checked in, the confirmed registrations
     * @param newcomers   attendees at their first event of the group
     * @param connections connections recorded at the event
     */
    public record EventFigures(EventId eventId, String title, Instant startsAt, int attendees, int newcomers,
                               int connections) {

        public EventFigures {
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    /** Different pairs of people connected at the group's events up to and including this one. */
    public record ConnectedPairs(EventId eventId, int pairs) {
    }
}
