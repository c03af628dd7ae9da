package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.List;
import org.mingle.domain.meetings.NetworkingSession;

/** An event's networking sessions, earliest first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "NetworkingSessions", requiredProperties = {"timeZone", "sessions"})
public record NetworkingSessionListResponse(
        @Schema(example = "Europe/Berlin", description = "the event's time zone, whose offset the times carry")
        String timeZone,
        @Schema(description = "earliest first; empty before any is added") List<NetworkingSessionResponse> sessions) {

    static NetworkingSessionListResponse of(List<NetworkingSession> sessions, ZoneId zone) {
        return new NetworkingSessionListResponse(zone.getId(),
                sessions.stream().map(session -> NetworkingSessionResponse.of(session, zone)).toList());
    }
}
