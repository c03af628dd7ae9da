package org.mingle.web.curated;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.mingle.domain.curated.EventCategories;

/**
 * Keys for the categories an organizer adds on the page, made from their names ("Hosted buyers" becomes
 * {@code hosted-buyers}): organizers type names, the API and the rules use keys. A key once given stays, so renaming a
 * category keeps its people.
 */
final class CategoryKeys {

    private CategoryKeys() {
    }

    /** A key from the name that none of {@code taken} has; {@code category-N} when the name has no latin letters. */
    static String from(String name, Set<String> taken) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = plain.isEmpty() ? "category" : plain;
        base = base.substring(0, Math.min(base.length(), EventCategories.KEY_MAX - 3)).replaceAll("-+$", "");
        String key = plain.isEmpty() ? base + "-1" : base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
