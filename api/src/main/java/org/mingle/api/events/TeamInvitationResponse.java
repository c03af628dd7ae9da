package org.mingle.api.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.TeamInvitation;

/** An invitation to an event's team, mailed to an address without a Mingle account, as its owner sees it. */
@Serdeable.Serializable
@Schema(name = "TeamInvitation", requiredProperties = {"id", "email", "role", "status", "sentAt", "expiresAt"})
public record TeamInvitationResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "email", example = "grace@example.com") String email,
        @Schema(allOf = EventRole.class) String role,
        @Schema(allOf = TeamInvitationState.class) String status,
        @Schema(example = "Ada Lovelace", description = "who sent it; absent once that account is erased")
        @Nullable String invitedBy,
        @Schema(format = "date-time", example = "2026-11-29T10:15:30Z",
                description = "when the last mail went out") String sentAt,
        @Schema(format = "date-time", example = "2026-12-13T10:15:30Z",
                description = "until when the mailed link works") String expiresAt) {

    static TeamInvitationResponse of(TeamInvitation invitation, Instant now) {
        var state = invitation.expiredAt(now) ? TeamInvitationState.EXPIRED : TeamInvitationState.INVITED;
        return new TeamInvitationResponse(invitation.id().toString(), invitation.email(), invitation.role().name(),
                state.name(), invitation.inviterName().orElse(null), instant(invitation.sentAt()),
                instant(invitation.expiresAt()));
    }

    private static String instant(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
