package org.mingle.api.accounts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.accounts.SignUp;

/** The body of {@code POST /api/auth/signup}. The domain validates every field and names each refused one. */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "SignUpRequest", requiredProperties = {"email", "password", "displayName"})
public record SignUpRequest(
        @Schema(format = "email", maxLength = 254, example = "ada@example.com",
                description = "stored trimmed and in lower case") @Nullable String email,
        @Schema(format = "password", minLength = 12, maxLength = 1024, writeOnly = true,
                description = "at least 12 characters; not a common password; not containing your email or name")
        @Nullable String password,
        @Schema(maxLength = 100, example = "Ada Lovelace") @Nullable String displayName) {

    SignUp toSignUp() {
        return new SignUp(email, password, displayName);
    }

    @Override
    public String toString() {
        return "SignUpRequest[email=" + email + ", displayName=" + displayName + "]";
    }
}
