package org.mingle.api.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import org.mingle.domain.events.EventRole;

/**
 * The body of {@code POST /api/events/{id}/team}. The role is read here rather than by the JSON mapper: an unknown
 * role goes to the domain as no role, which refuses it like {@code OWNER}, naming the roles that may be given, and
 * only after checking that the caller may change the team at all.
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "AddTeamMemberRequest", requiredProperties = {"email", "role"})
public record AddTeamMemberRequest(
        @Schema(format = "email", description = "of a Mingle account, or of someone to invite by mail",
                example = "grace@example.com")
        @Nullable String email,
        @Schema(allowableValues = {"CO_ORGANIZER", "CHECKIN_STAFF"}) @Nullable String role) {

    /** The role, or {@code null} when missing or unknown. */
    @Nullable
    EventRole eventRole() {
        if (role == null) {
            return null;
        }
        return Arrays.stream(EventRole.values()).filter(r -> r.name().equals(role.strip())).findFirst().orElse(null);
    }
}
