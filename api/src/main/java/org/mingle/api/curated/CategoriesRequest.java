package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.curated.Category;
import org.mingle.domain.curated.EventCategories;

/**
 * The body of {@code PUT /api/events/{id}/categories}: the event's categories and rules as a whole. Every field may be
 * missing or wrong here: the domain checks them all at once and names each refused field. Unknown fields are refused
 * (400).
 */
@Serdeable.Deserializable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "CategoriesRequest", requiredProperties = {"categories"})
public record CategoriesRequest(
        @ArraySchema(maxItems = EventCategories.CATEGORIES_MAX, arraySchema = @Schema(description = """
                the categories in the order screens show them; an empty list takes the event's categories away"""))
        @Nullable List<CategoryInput> categories,
        @ArraySchema(maxItems = EventCategories.RULES_MAX, arraySchema = @Schema(description = """
                which two categories may meet, in either direction; a category with itself lets its people meet \
                each other; a pair no rule names may not meet"""))
        @Nullable List<RuleInput> rules) {

    /** One category as sent. */
    @Serdeable.Deserializable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "CategoryInput", requiredProperties = {"key", "name"})
    public record CategoryInput(
            @Schema(pattern = "^[a-z0-9][a-z0-9-]{0,29}$", example = "founder", description = """
                    stays the same while the name may change: people keep their category as long as its key stays""")
            @Nullable String key,
            @Schema(maxLength = EventCategories.NAME_MAX, example = "Founders", description = "unique at the event")
            @Nullable String name) {
    }

    /** One rule as sent. */
    @Serdeable.Deserializable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "CategoryRuleInput", requiredProperties = {"from", "to"})
    public record RuleInput(
            @Schema(example = "founder", description = "a category key") @Nullable String from,
            @Schema(example = "investor", description = "a category key") @Nullable String to) {
    }

    List<Category> toCategories() {
        return categories == null ? List.of() : categories.stream()
                .map(item -> item == null ? new Category(null, null) : new Category(item.key(), item.name()))
                .toList();
    }

    List<EventCategories.Rule> toRules() {
        return rules == null ? List.of() : rules.stream()
                .map(item -> item == null ? new EventCategories.Rule(null, null)
                        : new EventCategories.Rule(item.from(), item.to()))
                .toList();
    }
}
