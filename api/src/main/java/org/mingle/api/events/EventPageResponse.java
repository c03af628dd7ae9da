package org.mingle.api.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.events.Event;
import org.mingle.domain.shared.Page;

/** One page of events, with the total number of matching events. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "EventPage")
public record EventPageResponse(List<EventResponse> items, int page, int size, long total) {

    public static EventPageResponse of(Page<Event> page) {
        return new EventPageResponse(page.items().stream().map(EventResponse::of).toList(), page.page(), page.size(),
                page.total());
    }
}
