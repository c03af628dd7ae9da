package org.mingle.api.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of groups, with the total number found. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "GroupPage")
public record GroupPageResponse(List<GroupResponse> items, int page, int size, long total) {
}
