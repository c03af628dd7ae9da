package org.mingle.api.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Optional;
import org.mingle.api.responses.Times;

/** Whether an event shows in public lists and search. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Listing", requiredProperties = {"listed"})
public record ListingResponse(
        boolean listed,
        @Schema(format = "date-time", description = "when an administrator unlisted it; null while listed")
        @Nullable String unlistedAt) {

    static ListingResponse of(Optional<Instant> unlistedAt) {
        return new ListingResponse(unlistedAt.isEmpty(), unlistedAt.map(Times::utc).orElse(null));
    }
}
