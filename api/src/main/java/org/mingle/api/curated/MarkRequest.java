package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.curated.MarkKind;

/** The body of {@code PUT /api/events/{id}/marks/{accountId}}. Unknown fields are refused (400). */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "MarkRequest", requiredProperties = {"mark"})
public record MarkRequest(
        @Schema(allOf = MarkKind.class, description = "MUST_MEET to be scheduled together if at all possible,"
                + " NO_THANKS never to be")
        @Nullable String mark) {
}
