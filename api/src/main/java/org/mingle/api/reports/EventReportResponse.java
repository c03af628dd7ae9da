package org.mingle.api.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.connections.Outcome;
import org.mingle.domain.reports.EventReport;
import org.mingle.domain.reports.HeldMeetingFigures;
import org.mingle.domain.reports.ReportFigures;

/**
 * What an event achieved, for its organizers: the attendance funnel, the connections made, the interests around which
 * people met, and the outcomes attendees reported, as anonymous counts. Shares are fractions from 0 to 1, rounded to
 * four places.
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "EventReport", description = """
        What an event achieved. Shares are fractions from 0 to 1 (four places). `attendees` is whom shares, the \
        average and the degree distribution are out of: the people checked in, or every confirmed attendee while \
        nobody is checked in.""",
        requiredProperties = {"registered", "confirmed", "waitlisted", "checkedIn", "noShows", "connections",
            "attendeesWithConnection", "avgConnectionsPerAttendee", "crossIndustryShare", "meetingRequests",
            "recommendationConversion", "topInterests", "degreeDistribution", "pendingApproval", "cancelled",
            "attendees", "shareWithConnection", "crossIndustry", "firstTimers", "recommendedConnections",
            "speedNetworking", "connectingInterests", "outcomes", "requestFigures", "heldMeetings"})
public record EventReportResponse(
        @Schema(minimum = "0", description = "everyone who ever registered, cancelled and declined included")
        int registered,
        @Schema(minimum = "0", description = "registrations confirmed now") int confirmed,
        @Schema(minimum = "0", description = "registrations on the waitlist now") int waitlisted,
        @Schema(minimum = "0", description = "confirmed attendees checked in at the door") int checkedIn,
        @Schema(minimum = "0", description = "confirmed but not checked in; 0 until the event has started")
        int noShows,
        @Schema(minimum = "0", description = """
                connections recorded at the event, including those of people who left since""")
        int connections,
        @Schema(minimum = "0", description = "attendees with at least one connection") int attendeesWithConnection,
        @Schema(minimum = "0", example = "2.4", description = """
                connections per attendee (each connection counts for both its people), two places""")
        double avgConnectionsPerAttendee,
        @Schema(minimum = "0", maximum = "1", example = "0.625", description = """
                share of connections between people of different industries (both showing an industry)""")
        double crossIndustryShare,
        MeetingRequestCountsResponse meetingRequests,
        @Schema(minimum = "0", maximum = "1", example = "0.25", description = """
                recommendedConnections / connections, 0 when there are none: share of connections between \
                people one of whom was among the other's recommendations""")
        double recommendationConversion,
        @ArraySchema(maxItems = 10, arraySchema = @Schema(description = """
                the most common interests among confirmed attendees who show them, most common first"""))
        List<InterestCountResponse> topInterests,
        @Schema(description = """
                how many attendees made each number of connections, fewest first; the first row is always the \
                attendees with none""")
        List<DegreeCountResponse> degreeDistribution,
        @Schema(minimum = "0", description = "registrations waiting for approval now") int pendingApproval,
        @Schema(minimum = "0", description = "registrations cancelled") int cancelled,
        @Schema(minimum = "0", description = """
                whom shares are out of: the people checked in, or every confirmed attendee while nobody is""")
        int attendees,
        @Schema(minimum = "0", maximum = "1", example = "0.8",
                description = "attendeesWithConnection / attendees, 0 when there are none")
        double shareWithConnection,
        @Schema(minimum = "0", description = "connections between people of different industries") int crossIndustry,
        FirstTimersResponse firstTimers,
        @Schema(minimum = "0", description = """
                connections between people one of whom was among the other's recommendations when they connected""")
        int recommendedConnections,
        SpeedNetworkingResponse speedNetworking,
        @ArraySchema(maxItems = 10, arraySchema = @Schema(description = """
                the interests shared by most connections, most first"""))
        List<InterestCountResponse> connectingInterests,
        @Schema(description = "every outcome, in a fixed order, with how many connections led to it")
        List<OutcomeCountResponse> outcomes,
        RequestFiguresResponse requestFigures,
        HeldMeetingsResponse heldMeetings) {

    static EventReportResponse of(EventReport report) {
        var funnel = report.funnel();
        var networking = report.networking();
        return new EventReportResponse(
                funnel.registered(),
                funnel.confirmed(),
                funnel.waitlisted(),
                funnel.checkedIn(),
                funnel.noShows(),
                networking.connections(),
                networking.attendeesWithConnection(),
                networking.averagePerAttendee(),
                networking.crossIndustryShare(),
                new MeetingRequestCountsResponse(networking.requestsSent(), networking.requestsAccepted()),
                ReportFigures.share(networking.recommendedConnections(), networking.connections()),
                interests(report.topInterests()),
                report.degreeDistribution().stream()
                        .map(row -> new DegreeCountResponse(row.connections(), row.attendees())).toList(),
                funnel.pendingApproval(),
                funnel.cancelled(),
                networking.attendees(),
                networking.shareWithConnection(),
                networking.crossIndustry(),
                new FirstTimersResponse(networking.firstTimers(), networking.firstTimersWithConnection()),
                networking.recommendedConnections(),
                new SpeedNetworkingResponse(networking.roundPairs(), networking.roundPairsConnected()),
                interests(report.connectingInterests()),
                report.outcomes().stream().map(OutcomeCountResponse::of).toList(),
                RequestFiguresResponse.of(report.requests()),
                HeldMeetingsResponse.of(report.heldMeetings()));
    }

    private static List<InterestCountResponse> interests(List<EventReport.InterestCount> counts) {
        return counts.stream().map(count -> new InterestCountResponse(count.interest(), count.count())).toList();
    }

    /** Meeting requests sent at the event, and how many of them were accepted. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MeetingRequestCounts", requiredProperties = {"sent", "accepted"})
    public record MeetingRequestCountsResponse(
            @Schema(minimum = "0", description = "every meeting request sent, whatever became of it") int sent,
            @Schema(minimum = "0", description = "those accepted") int accepted) {
    }

    /** An interest and how often it occurs. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "InterestCount", requiredProperties = {"interest", "count"})
    public record InterestCountResponse(
            @Schema(example = "Climate tech", description = "as most people spell it") String interest,
            @Schema(minimum = "1", description = "attendees who list it, or connections that share it") int count) {
    }

    /** How many attendees made this many connections. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "DegreeCount", requiredProperties = {"connections", "attendees"})
    public record DegreeCountResponse(
            @Schema(minimum = "0", example = "3") int connections,
            @Schema(minimum = "0", example = "12") int attendees) {
    }

    /** Attendees for whom this was the first event they were confirmed for, and how many of them connected. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "FirstTimers", requiredProperties = {"count", "withConnection"})
    public record FirstTimersResponse(
            @Schema(minimum = "0", description = "confirmed attendees at their first event") int count,
            @Schema(minimum = "0", description = "those with at least one connection") int withConnection) {
    }

    /** Pairs that sat at one table in a speed-networking round, and how many of them recorded a connection. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SpeedNetworking", requiredProperties = {"pairs", "connected"})
    public record SpeedNetworkingResponse(
            @Schema(minimum = "0", description = "distinct pairs that sat at one table in a round") int pairs,
            @Schema(minimum = "0", description = "those pairs that recorded a connection") int connected) {
    }

    /** An outcome attendees reported, with its count unless fewer than three reported it. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OutcomeCount", requiredProperties = {"outcome", "fewerThan3"}, description = """
            An outcome and how many connections led to it, as their owners report it. So that nobody's outcome can \
            be traced, a count of 1 or 2 is not given: `count` is then absent and `fewerThan3` true.""")
    public record OutcomeCountResponse(
            @Schema(allOf = Outcome.class) String outcome,
            @Schema(minimum = "0", description = "absent when fewer than three (but some) reported it")
            @Nullable Integer count,
            @Schema(description = "true when 1 or 2 reported it, and `count` is left out") boolean fewerThan3) {

        static OutcomeCountResponse of(EventReport.OutcomeCount count) {
            return new OutcomeCountResponse(count.outcome().name(), count.count(), count.fewerThanThree());
        }
    }

    /** Whether the booked one-to-one meetings took place. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "HeldMeetings", requiredProperties = {"held", "noShows", "ended", "heldShare"})
    public record HeldMeetingsResponse(
            @Schema(minimum = "0", description = """
                    meetings both people confirmed, or where one scanned the other's connect code during the slot""")
            int held,
            @Schema(minimum = "0", description = "meetings where one reported that the other did not show")
            int noShows,
            @Schema(minimum = "0", description = "meetings whose slot has ended, whatever became of them") int ended,
            @Schema(minimum = "0", maximum = "1", example = "0.8", description = """
                    of the meetings whose slot has ended, the share held; 0 when none has ended""")
            double heldShare) {

        static HeldMeetingsResponse of(HeldMeetingFigures figures) {
            return new HeldMeetingsResponse(figures.held(), figures.noShows(), figures.ended(), figures.heldShare());
        }
    }
}
