package org.mingle.api.agenda;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.List;
import org.mingle.domain.agenda.Talk;
import org.mingle.domain.shared.Page;

/** One page of an event's agenda, in order of time. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "TalkPage")
public record TalkPageResponse(List<TalkResponse> items, int page, int size, long total) {

    static TalkPageResponse of(Page<Talk> page, ZoneId zone) {
        return new TalkPageResponse(page.items().stream().map(talk -> TalkResponse.of(talk, zone)).toList(),
                page.page(), page.size(), page.total());
    }
}
