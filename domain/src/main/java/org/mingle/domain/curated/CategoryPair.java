package org.mingle.domain.curated;

import java.util.Objects;

/**
 * Two categories whose people may meet, in no particular direction: {@code CategoryPair.of(a, b)} equals
 * {@code CategoryPair.of(b, a)}. A category paired with itself lets its people meet each other.
 */
public record CategoryPair(String first, String second) {

    public CategoryPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) > 0) {
            String swap = first;
            first = second;
            second = swap;
        }
    }

    public static CategoryPair of(String a, String b) {
        return new CategoryPair(a, b);
    }

    public boolean involves(String key) {
        return first.equals(key) || second.equals(key);
    }

    /** The other category of the pair, seen from {@code key} (the key itself for a category with itself). */
    public String other(String key) {
        return first.equals(key) ? second : first;
    }
}
