package org.mingle.api.accounts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/auth/login}. */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "LogInRequest", requiredProperties = {"email", "password"})
public record LogInRequest(
        @Schema(format = "email", example = "ada@example.com") @Nullable String email,
        @Schema(format = "password", writeOnly = true) @Nullable String password) {

    @Override
    public String toString() {
        return "LogInRequest[email=" + email + "]";
    }
}
