package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.meetings.BlockedPerson;
import org.mingle.domain.shared.PageRequest;

/** One page of the people the caller blocked, newest first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "BlockPage")
public record BlockPageResponse(List<BlockedPersonResponse> items, int page, int size, long total) {

    static BlockPageResponse of(List<BlockedPerson> blocked, PageRequest request) {
        var items = blocked.stream().skip(request.offset()).limit(request.size())
                .map(BlockedPersonResponse::of).toList();
        return new BlockPageResponse(items, request.page(), request.size(), blocked.size());
    }
}
