package org.mingle.api.curated;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.mingle.domain.curated.Category;

/** An attendee category of an event. */
@Serdeable.Serializable
@Schema(name = "Category")
public record CategoryResponse(@Schema(example = "founder") String key, @Schema(example = "Founders") String name) {

    static CategoryResponse of(Category category) {
        return new CategoryResponse(category.key(), category.name());
    }
}
