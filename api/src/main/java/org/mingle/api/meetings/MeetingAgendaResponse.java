package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.mingle.api.responses.Times;
import org.mingle.domain.meetings.MeetingAgenda;

/**
 * The one-to-one meetings of an event as its team sees them: sessions, tables, every meeting with its time and table,
 * and the matches still waiting for a time.
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingAgenda", requiredProperties = {"timeZone", "sessions", "tables", "meetings", "waiting"})
public record MeetingAgendaResponse(
        @Schema(example = "Europe/Berlin", description = "the event's time zone, whose offset the times carry")
        String timeZone,
        @Schema(description = "earliest first") List<NetworkingSessionResponse> sessions,
        @Schema(description = "in the order they were added") List<MeetingTableResponse> tables,
        @Schema(description = "every meeting with a time, earliest first") List<BookedMeetingResponse> meetings,
        @Schema(description = """
                mutual matches without a time yet (no slot where both are free and a table has room), in the order \
                they were made""")
        List<WaitingMeetingResponse> waiting) {

    static MeetingAgendaResponse of(MeetingAgenda agenda, ZoneId zone) {
        return new MeetingAgendaResponse(zone.getId(),
                agenda.sessions().stream().map(session -> NetworkingSessionResponse.of(session, zone)).toList(),
                agenda.tables().stream().map(MeetingTableResponse::of).toList(),
                agenda.booked().stream().map(booked -> BookedMeetingResponse.of(booked, zone)).toList(),
                agenda.waiting().stream().map(WaitingMeetingResponse::of).toList());
    }

    /** A meeting with its time and table, and the names of its two people. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "BookedMeeting",
            requiredProperties = {"id", "firstName", "secondName", "startsAt", "endsAt", "table"})
    public record BookedMeetingResponse(
            @Schema(format = "uuid", description = "the accepted meeting request") String id,
            @Schema(example = "Grace Hopper", description = "the person who asked") String firstName,
            @Schema(example = "Alan Turing", description = "the person asked") String secondName,
            @Schema(format = "date-time", example = "2026-12-03T19:00:00+01:00") String startsAt,
            @Schema(format = "date-time", example = "2026-12-03T19:15:00+01:00") String endsAt,
            MeetingTableRefResponse table) {

        static BookedMeetingResponse of(MeetingAgenda.Booked booked, ZoneId zone) {
            return new BookedMeetingResponse(booked.meeting().toString(),
                    Objects.requireNonNullElse(booked.firstName(), ""),
                    Objects.requireNonNullElse(booked.secondName(), ""),
                    Times.in(zone, booked.slot().startsAt()), Times.in(zone, booked.slot().endsAt()),
                    MeetingTableRefResponse.of(booked.table()));
        }
    }

    /** A mutual match still waiting for a time, and the names of its two people. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "WaitingMeeting", requiredProperties = {"id", "firstName", "secondName"})
    public record WaitingMeetingResponse(
            @Schema(format = "uuid", description = "the accepted meeting request") String id,
            @Schema(example = "Grace Hopper", description = "the person who asked") String firstName,
            @Schema(example = "Alan Turing", description = "the person asked") String secondName) {

        static WaitingMeetingResponse of(MeetingAgenda.Waiting waiting) {
            return new WaitingMeetingResponse(waiting.meeting().toString(),
                    Objects.requireNonNullElse(waiting.firstName(), ""),
                    Objects.requireNonNullElse(waiting.secondName(), ""));
        }
    }
}
