package org.mingle.api.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.mingle.domain.events.TeamInvitation;
import org.mingle.domain.shared.PageRequest;

/** One page of an event's pending team invitations, oldest mail first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "TeamInvitationPage")
public record TeamInvitationPageResponse(List<TeamInvitationResponse> items, int page, int size, long total) {

    static TeamInvitationPageResponse of(List<TeamInvitation> pending, PageRequest request, Instant now) {
        var items = pending.stream().skip(request.offset()).limit(request.size())
                .map(invitation -> TeamInvitationResponse.of(invitation, now)).toList();
        return new TeamInvitationPageResponse(items, request.page(), request.size(), pending.size());
    }
}
