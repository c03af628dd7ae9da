package org.mingle.api.groups;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.groups.GroupInput;
import org.mingle.domain.groups.GroupVisibility;
import org.mingle.domain.groups.JoinPolicy;

/**
 * The body of {@code POST /api/groups} and of {@code PATCH /api/groups/{id}} (there, missing fields stay as they are).
 * Every field may be missing or wrong here: the domain checks them all and names each refused one. Unknown fields are
 * refused (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "GroupRequest", requiredProperties = {"name"})
public record GroupRequest(
        @Schema(maxLength = 100, example = "Berlin Climate Tech Circle") @Nullable String name,
        @Schema(pattern = "^[a-z0-9]([a-z0-9-]{0,58}[a-z0-9])?$", example = "berlin-climate-tech",
                description = "the address /g/{slug}; derived from the name when missing; cannot change later")
        @Nullable String slug,
        @Schema(maxLength = 5000) @Nullable String description,
        @ArraySchema(maxItems = 10, schema = @Schema(maxLength = 40, example = "Climate"))
        @Nullable List<String> topics,
        @Schema(maxLength = 100, example = "Berlin", description = "missing or blank: the group meets online only")
        @Nullable String city,
        @Schema(description = "whether a group with a city also meets online") @Nullable Boolean online,
        @Schema(allOf = JoinPolicy.class, nullable = true, description = "OPEN when missing")
        @Nullable String joinPolicy,
        @Schema(allOf = GroupVisibility.class, nullable = true, description = "PUBLIC when missing")
        @Nullable String visibility) {

    static final List<String> TEXT_FIELDS = List.of("name", "slug", "description", "city", "joinPolicy",
            "visibility");
    static final List<String> TEXT_ARRAY_FIELDS = List.of("topics");

    GroupInput toInput() {
        return new GroupInput(name, slug, description, topics, city, online, joinPolicy, visibility);
    }
}
