package org.mingle.api.events;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.mingle.domain.events.EventRole;
import org.mingle.domain.events.TeamMember;

/** Someone on an event's team, as the team sees them. */
@Serdeable.Serializable
@Schema(name = "TeamMember", requiredProperties = {"accountId", "displayName", "email", "role", "since"})
public record TeamMemberResponse(
        @Schema(format = "uuid") String accountId,
        @Schema(example = "Grace Hopper") String displayName,
        @Schema(format = "email", example = "grace@example.com") String email,
        @Schema(allOf = EventRole.class) String role,
        @Schema(format = "date-time", example = "2026-11-29T10:15:30Z",
                description = "when the member got this role (the owner: when the event was created)") String since) {

    static TeamMemberResponse of(TeamMember member) {
        return new TeamMemberResponse(member.account().toString(), member.displayName(), member.email(),
                member.role().name(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(member.since().atOffset(ZoneOffset.UTC)));
    }
}
