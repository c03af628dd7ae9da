package org.mingle.api.contacts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PUT /api/me/contacts/{accountId}/keep-in-touch}. Unknown fields are refused (400). */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "KeepInTouchRequest", requiredProperties = {"every"})
public record KeepInTouchRequest(
        @Schema(allOf = org.mingle.domain.contacts.KeepInTouchEvery.class, nullable = true,
                description = "how often to be reminded to get in touch; null turns it off")
        @Nullable String every) {
}
