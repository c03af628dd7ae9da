package org.mingle.domain.matching;

import java.util.Objects;
import java.util.Set;
import org.mingle.domain.shared.AccountId;

/**
 * Pairs never recommended to each other at an event: blocks (whoever blocked whom) and existing connections.
 */
public record Exclusions(Set<Pair> blocked, Set<Pair> connected) {

    public Exclusions {
        blocked = Set.copyOf(blocked);
        connected = Set.copyOf(connected);
    }

    public static Exclusions none() {
        return new Exclusions(Set.of(), Set.of());
    }

    public boolean excludes(AccountId a, AccountId b) {
        Pair pair = Pair.of(a, b);
        return blocked.contains(pair) || connected.contains(pair);
    }

    /** Two accounts, in no particular direction: {@code Pair.of(a, b)} equals {@code Pair.of(b, a)}. */
    public record Pair(AccountId first, AccountId second) {

        public Pair {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            if (first.value().compareTo(second.value()) > 0) {
                AccountId swap = first;
                first = second;
                second = swap;
            }
        }

        public static Pair of(AccountId a, AccountId b) {
            return new Pair(a, b);
        }
    }
}
