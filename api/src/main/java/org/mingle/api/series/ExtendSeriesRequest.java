package org.mingle.api.series;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The body of {@code POST /api/series/{id}/extend} and its preview: exactly one of the two fields. */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ExtendSeriesRequest")
public record ExtendSeriesRequest(
        @Schema(minimum = "1", maximum = "52", example = "6", description = "how many more dates")
        @Nullable Integer count,
        @Schema(format = "date", example = "2027-12-31", description = "every further date up to this one (at most 52)")
        @Nullable String until) {

    static final List<String> TEXT_FIELDS = List.of("until");
}
