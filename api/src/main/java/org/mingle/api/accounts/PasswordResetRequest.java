package org.mingle.api.accounts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/auth/password-reset}. */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "PasswordResetRequest", requiredProperties = {"email"})
public record PasswordResetRequest(@Schema(format = "email", example = "ada@example.com") @Nullable String email) {
}
