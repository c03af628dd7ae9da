package org.mingle.api.endorsements;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.endorsements.Endorsement;
import org.mingle.domain.shared.Page;

/** One page of the endorsements the caller received, newest first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "EndorsementPage")
public record EndorsementPageResponse(List<EndorsementResponse> items, int page, int size, long total) {

    static EndorsementPageResponse of(Page<Endorsement> page) {
        return new EndorsementPageResponse(page.items().stream().map(EndorsementResponse::of).toList(), page.page(),
                page.size(), page.total());
    }
}
