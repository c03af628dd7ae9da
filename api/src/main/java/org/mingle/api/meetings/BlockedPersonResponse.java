package org.mingle.api.meetings;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.responses.Times;
import org.mingle.domain.meetings.BlockedPerson;

/** Someone the caller blocked. */
@Serdeable.Serializable
@Schema(name = "BlockedPerson", requiredProperties = {"accountId", "displayName", "since"})
public record BlockedPersonResponse(
        @Schema(format = "uuid") String accountId,
        @Schema(example = "Grace Hopper") String displayName,
        @Schema(format = "date-time", example = "2026-11-29T10:15:30Z") String since) {

    static BlockedPersonResponse of(BlockedPerson person) {
        return new BlockedPersonResponse(person.accountId().toString(), person.displayName(),
                Times.utc(person.since()));
    }
}
