package org.mingle.web.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryKeysTest {

    @Test
    void keysAreMadeFromNamesAndNeverTaken() {
        assertThat(CategoryKeys.from("Hosted buyers", Set.of())).isEqualTo("hosted-buyers");
        assertThat(CategoryKeys.from("  Gründer & Gründerinnen ", Set.of())).isEqualTo("grunder-grunderinnen");
        assertThat(CategoryKeys.from("Founders", Set.of("founders"))).isEqualTo("founders-2");
        assertThat(CategoryKeys.from("Founders", Set.of("founders", "founders-2"))).isEqualTo("founders-3");
        assertThat(CategoryKeys.from("投资者", Set.of())).isEqualTo("category-1");
        assertThat(CategoryKeys.from("投资者", Set.of("category-1"))).isEqualTo("category-2");
        assertThat(CategoryKeys.from("x".repeat(80), Set.of())).hasSize(27).matches("[a-z0-9][a-z0-9-]*");
    }
}
