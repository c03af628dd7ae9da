package org.mingle.api.connections;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.mingle.api.profiles.ProfileViewResponse;
import org.mingle.api.responses.Times;
import org.mingle.domain.connections.ConnectTarget;
import org.mingle.domain.events.Event;

/** The person behind a connect code, and the events where the caller can connect with them. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ConnectTarget", requiredProperties = {"person", "events"}, description = """
        `person` is the code's owner as far as they let the caller see them; `events` are the published or past \
        events where both are confirmed attendees, those happening now (or within three hours) first. Empty when \
        the two share no event: then they cannot connect yet.""")
public record ConnectTargetResponse(ProfileViewResponse person, List<ConnectEventResponse> events) {

    static ConnectTargetResponse of(ConnectTarget target) {
        var events = new ArrayList<ConnectEventResponse>();
        for (int i = 0; i < target.events().size(); i++) {
            events.add(ConnectEventResponse.of(target.events().get(i), i < target.happeningNow()));
        }
        return new ConnectTargetResponse(ProfileViewResponse.of(target.person()), List.copyOf(events));
    }

    /** An event both attend; times carry the offset of the event's time zone. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ConnectEvent", requiredProperties = {"id", "title", "startsAt", "endsAt", "timeZone",
        "happeningNow"})
    public record ConnectEventResponse(
            @Schema(format = "uuid") String id,
            String title,
            @Schema(format = "date-time", example = "2026-12-03T18:30:00+01:00") String startsAt,
            @Schema(format = "date-time", example = "2026-12-03T21:00:00+01:00") String endsAt,
            @Schema(example = "Europe/Berlin") String timeZone,
            @Schema(description = "whether the event is under way now (or starts or ended within three hours)")
            boolean happeningNow) {

        static ConnectEventResponse of(Event event, boolean happeningNow) {
            var details = event.details();
            var zone = details.timeZone();
            return new ConnectEventResponse(event.id().toString(), details.title(),
                    Times.in(zone, details.startsAt()), Times.in(zone, details.endsAt()), zone.getId(), happeningNow);
        }
    }
}
