package org.mingle.api.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A successful log-in, shaped like an OAuth 2.0 token response (RFC 6749, section 5.1). */
@Serdeable.Serializable
@Schema(name = "AccessToken", requiredProperties = {"access_token", "token_type", "expires_in"})
public record TokenResponse(
        @JsonProperty("access_token")
        @Schema(name = "access_token", description = "send as 'Authorization: Bearer <access_token>'")
        String accessToken,
        @JsonProperty("token_type") @Schema(name = "token_type", allowableValues = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(name = "expires_in", description = "seconds until the token expires",
                example = "3600") long expiresIn) {

    static TokenResponse of(AccessToken token) {
        return new TokenResponse(token.value(), "Bearer", token.lifetime().toSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
