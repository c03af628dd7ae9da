package org.mingle.api.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.groups.GroupMember;
import org.mingle.domain.groups.GroupRole;
import org.mingle.domain.groups.MembershipStatus;
import org.mingle.domain.shared.Page;

/**
 * A member as the caller may see them: the name always, the headline and company as far as the person's profile
 * shows them to the caller ({@code null}: hidden), the photo's address when the caller may see it.
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "GroupMember", requiredProperties = {"accountId", "displayName", "role", "status", "since"})
public record MemberResponse(
        @Schema(format = "uuid") String accountId,
        String displayName,
        @Schema(allOf = GroupRole.class) String role,
        @Schema(allOf = MembershipStatus.class) String status,
        @Schema(format = "date-time") String since,
        @Schema(nullable = true) @Nullable String headline,
        @Schema(nullable = true) @Nullable String company,
        @Schema(nullable = true, description = "the photo (size 64 or 256) when the caller may see it")
        @Nullable String photo) {

    static MemberResponse of(GroupMember member) {
        var profile = member.profile();
        return new MemberResponse(member.account().toString(), member.displayName(), member.role().name(),
                member.status().name(), member.since().toString(),
                profile.map(p -> p.headline()).orElse(null), profile.map(p -> p.company()).orElse(null),
                member.photo().map(at -> "/api/profiles/" + member.account() + "/photo?size=64").orElse(null));
    }

    /** One page of members. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "GroupMemberPage")
    public record PageResponse(List<MemberResponse> items, int page, int size, long total) {

        static PageResponse of(Page<GroupMember> page) {
            return new PageResponse(page.items().stream().map(MemberResponse::of).toList(), page.page(), page.size(),
                    page.total());
        }
    }
}
