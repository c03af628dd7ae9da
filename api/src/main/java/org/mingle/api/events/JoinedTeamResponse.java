package org.mingle.api.events;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.TeamInvitationService;

/** The team an accepted invitation joined: the event and the caller's role there. */
@Serdeable.Serializable
@Schema(name = "JoinedTeam", requiredProperties = {"eventId", "role"})
public record JoinedTeamResponse(@Schema(format = "uuid") String eventId, @Schema(allOf = EventRole.class) String role) {

    static JoinedTeamResponse of(TeamInvitationService.Joined joined) {
        return new JoinedTeamResponse(joined.event().toString(), joined.role().name());
    }
}
