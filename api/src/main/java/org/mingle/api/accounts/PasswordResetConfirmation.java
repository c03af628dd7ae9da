package org.mingle.api.accounts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/auth/password-reset/confirm}: the secret from the mailed link and the new password. */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "PasswordResetConfirmation", requiredProperties = {"token", "password"})
public record PasswordResetConfirmation(
        @Schema(description = "the token parameter of the link in the mail") @Nullable String token,
        @Schema(format = "password", writeOnly = true) @Nullable String password) {

    @Override
    public String toString() {
        return "PasswordResetConfirmation[]";
    }
}
