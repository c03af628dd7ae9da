package org.mingle.api.connections;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.api.profiles.ProfileViewResponse;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.shared.PageRequest;

/** One page of the people from the caller's network who are confirmed for an event, by name. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "KnownAttendeePage", requiredProperties = {"items", "page", "size", "total"})
public record KnownAttendeePageResponse(
        List<ProfileViewResponse> items,
        int page,
        int size,
        @Schema(description = "how many people the caller knows are going: the \"3 people you know are going\"")
        long total) {

    static KnownAttendeePageResponse of(List<ProfileView> known, PageRequest request) {
        var items = known.stream().skip(request.offset()).limit(request.size())
                .map(ProfileViewResponse::of).toList();
        return new KnownAttendeePageResponse(items, request.page(), request.size(), known.size());
    }
}
