package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.mingle.domain.curated.Category;
import org.mingle.domain.curated.CategoryPair;
import org.mingle.domain.curated.EventCategories;

/** An event's attendee categories and who may meet whom. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Categories")
public record CategoriesResponse(
        @Schema(description = "in the organizers' order; empty when the event has none and everyone may meet anyone")
        List<CategoryResponse> categories,
        @Schema(description = """
                the pairs of categories whose people may meet, each once, in the order of the categories; people \
                without a category may meet anyone""")
        List<RuleResponse> rules) {

    /** Two categories whose people may meet. */
    @Serdeable.Serializable
    @Schema(name = "CategoryRule")
    public record RuleResponse(@Schema(example = "founder") String from, @Schema(example = "investor") String to) {
    }

    static CategoriesResponse of(EventCategories categories) {
        List<CategoryResponse> listed = categories.categories().stream().map(CategoryResponse::of).toList();
        List<RuleResponse> rules = new ArrayList<>();
        List<Category> all = categories.categories();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i; j < all.size(); j++) {
                String from = all.get(i).key();
                String to = all.get(j).key();
                if (categories.rules().contains(CategoryPair.of(from, to))) {
                    rules.add(new RuleResponse(from, to));
                }
            }
        }
        return new CategoriesResponse(listed, rules);
    }
}
