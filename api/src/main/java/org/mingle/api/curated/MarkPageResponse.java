package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.curated.MyMark;
import org.mingle.domain.shared.PageRequest;

/** One page of the caller's marks at an event, newest first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MarkPage")
public record MarkPageResponse(List<MarkResponse> items, int page, int size, long total) {

    static MarkPageResponse of(List<MyMark> marks, PageRequest request) {
        var items = marks.stream().skip(request.offset()).limit(request.size()).map(MarkResponse::of).toList();
        return new MarkPageResponse(items, request.page(), request.size(), marks.size());
    }
}
