package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The body of {@code POST /api/events/{id}/meetings/{mid}/proposal}: the start of the slot to move the meeting to.
 * Unknown fields are refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ProposeMeetingTimeRequest", requiredProperties = {"startsAt"})
public record ProposeMeetingTimeRequest(
        @Schema(example = "2026-12-03T19:30:00+01:00", description = """
                the start of a slot still to come that is free for both people, as `free-slots` lists them""")
        @Nullable Instant startsAt) {
}
