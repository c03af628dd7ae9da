package org.mingle.api.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/team-invitations/accept}: the link from the invitation mail. */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "AcceptTeamInvitationRequest", requiredProperties = {"token"})
public record AcceptTeamInvitationRequest(
        @Schema(description = "the token parameter of the link in the invitation mail") @Nullable String token) {

    @Override
    public String toString() {
        return "AcceptTeamInvitationRequest[]";
    }
}
