package org.mingle.api.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.api.connections.ConnectionResponse;
import org.mingle.domain.reports.AttendeeReport;

/** One attendee's own report of an event: whom they met, their meetings, and what is left to follow up. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AttendeeReport", requiredProperties = {"peopleMet", "outsideIndustry", "meetings", "meetingsHeld",
    "followUpsOpen", "connections"})
public record AttendeeReportResponse(
        @Schema(minimum = "0", description = "connections made at the event that the caller keeps") int peopleMet,
        @Schema(minimum = "0", description = """
                of those, the ones with someone of another industry (both showing an industry)""")
        int outsideIndustry,
        @Schema(minimum = "0", description = "one-to-one meetings the caller has at the event") int meetings,
        @Schema(minimum = "0", description = "of those, the ones whose time has passed") int meetingsHeld,
        @Schema(minimum = "0", description = "connections marked TO_CONTACT, CONTACTED or MEETING_BOOKED")
        int followUpsOpen,
        @Schema(description = """
                the caller's connections made at the event, with the caller's own notes; due follow-ups first, \
                then the newest""")
        List<ConnectionResponse> connections) {

    static AttendeeReportResponse of(AttendeeReport report) {
        return new AttendeeReportResponse(report.peopleMet(), report.outsideIndustry(), report.meetings(),
                report.meetingsHeld(), report.followUpsOpen(),
                report.connections().stream().map(ConnectionResponse::of).toList());
    }
}
