package org.mingle.api.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.events.TeamMember;
import org.mingle.domain.shared.PageRequest;

/** One page of an event's team: the owner first, then the others in the order they joined. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "TeamPage")
public record TeamPageResponse(List<TeamMemberResponse> items, int page, int size, long total) {

    static TeamPageResponse of(List<TeamMember> team, PageRequest request) {
        var items = team.stream().skip(request.offset()).limit(request.size()).map(TeamMemberResponse::of).toList();
        return new TeamPageResponse(items, request.page(), request.size(), team.size());
    }
}
