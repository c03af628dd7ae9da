package org.mingle.api.groups;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.groups.GroupRole;
import org.mingle.domain.groups.Membership;
import org.mingle.domain.groups.MembershipStatus;

/** One person's place in a group: whether they belong yet, and their role. */
@Serdeable.Serializable
@Schema(name = "GroupMembership", requiredProperties = {"accountId", "role", "status"})
public record MembershipResponse(
        @Schema(format = "uuid") String accountId,
        @Schema(allOf = GroupRole.class) String role,
        @Schema(allOf = MembershipStatus.class) String status) {

    static MembershipResponse of(Membership membership) {
        return new MembershipResponse(membership.account().toString(), membership.role().name(),
                membership.status().name());
    }

    /** The answer to joining: {@code {status}}. */
    @Serdeable.Serializable
    @Schema(name = "GroupJoined", requiredProperties = {"status"})
    public record Joined(@Schema(allOf = MembershipStatus.class) String status) {

        static Joined of(MembershipStatus status) {
            return new Joined(status.name());
        }
    }
}
