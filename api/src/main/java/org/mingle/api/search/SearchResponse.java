package org.mingle.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.api.events.EventResponse;
import org.mingle.api.groups.GroupResponse;

/** The best upcoming events and public groups for the same words. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "SearchResults")
record SearchResponse(List<EventResponse> events, List<GroupResponse> groups) {
}
