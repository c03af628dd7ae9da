package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.api.responses.Times;
import org.mingle.domain.curated.MarkKind;
import org.mingle.domain.curated.MyMark;

/** One of the caller's own marks. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Mark", requiredProperties = {"accountId", "displayName", "mark", "markedAt"})
public record MarkResponse(
        @Schema(format = "uuid") String accountId,
        @Schema(example = "Grace Hopper") String displayName,
        @Schema(allOf = MarkKind.class) String mark,
        @Schema(format = "date-time") String markedAt) {

    static MarkResponse of(MyMark mark) {
        return new MarkResponse(mark.person().toString(), mark.displayName(), mark.kind().name(),
                Times.utc(mark.markedAt()));
    }
}
