package org.mingle.api.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.reports.GroupReport;

/** A group's report as shared/API.md fixes it, with the members by month added. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "GroupReport")
record GroupReportResponse(int members, List<MembersAt> membersOverTime, List<EventFigures> events,
                           double returningShare, List<ConnectedPairs> cumulativeConnections,
                           RequestFiguresResponse requests, List<EventRequests> eventRequests,
                           EventReportResponse.HeldMeetingsResponse heldMeetings,
                           List<EventHeldMeetings> eventHeldMeetings) {

    @Serdeable.Serializable
    @Schema(name = "GroupMembersAt")
    record MembersAt(@Schema(example = "2027-03", description = "a month, yyyy-MM") String month, int members) {
    }

    @Serdeable.Serializable
    @Schema(name = "GroupEventFigures")
    record EventFigures(@Schema(format = "uuid") String eventId, String title,
                        @Schema(format = "date-time", example = "2027-03-09T17:30:00Z") String startsAt, int attendees,
                        int newcomers, int connections) {
    }

    @Serdeable.Serializable
    @Schema(name = "GroupConnectedPairs")
    record ConnectedPairs(@Schema(format = "uuid") String eventId, int pairs) {
    }

    @Serdeable.Serializable
    @Schema(name = "GroupEventRequests")
    record EventRequests(@Schema(format = "uuid") String eventId, RequestFiguresResponse requests) {
    }

    @Serdeable.Serializable
    @Schema(name = "GroupEventHeldMeetings")
    record EventHeldMeetings(@Schema(format = "uuid") String eventId,
                             EventReportResponse.HeldMeetingsResponse heldMeetings) {
    }

    static GroupReportResponse of(GroupReport report) {
        return new GroupReportResponse(report.members(),
                report.membersOverTime().stream().map(m -> new MembersAt(m.month().toString(), m.members())).toList(),
                report.events().stream().map(e -> new EventFigures(e.eventId().toString(), e.title(), e.startsAt().toString(),
                        e.attendees(), e.newcomers(), e.connections())).toList(),
                report.returningShare(),
                report.cumulativeConnections().stream()
                        .map(c -> new ConnectedPairs(c.eventId().toString(), c.pairs())).toList(),
                RequestFiguresResponse.of(report.requests().overall()),
                report.events().stream().map(e -> new EventRequests(e.eventId().toString(),
                        RequestFiguresResponse.of(report.requests().of(e.eventId())))).toList(),
                EventReportResponse.HeldMeetingsResponse.of(report.heldMeetings().overall()),
                report.events().stream().map(e -> new EventHeldMeetings(e.eventId().toString(),
                        EventReportResponse.HeldMeetingsResponse.of(report.heldMeetings().of(e.eventId())))).toList());
    }
}
