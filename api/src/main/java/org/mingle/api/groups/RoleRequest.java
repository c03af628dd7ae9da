package org.mingle.api.groups;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.groups.GroupRole;
import org.mingle.domain.shared.InvalidInputException;

/** The body of {@code PUT /api/groups/{id}/members/{accountId}}. */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "GroupRoleRequest", requiredProperties = {"role"})
public record RoleRequest(
        @Schema(allOf = GroupRole.class,
                description = "OWNER makes a co-owner; the last owner cannot take another role")
        @Nullable String role) {

    GroupRole toRole() {
        if (role != null) {
            for (var value : GroupRole.values()) {
                if (value.name().equals(role.strip())) {
                    return value;
                }
            }
        }
        throw InvalidInputException.of("role", "must be OWNER, ORGANIZER or MEMBER");
    }
}
