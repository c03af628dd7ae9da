package org.mingle.domain.curated;

import org.mingle.domain.matching.MatchingEngine;
import org.mingle.domain.shared.AccountId;

/** How well two people fit: symmetric and never negative. The scheduler asks once per pair and keeps the answer. */
@FunctionalInterface
public interface PairScores {

    double score(AccountId a, AccountId b);

    /** The matching engine's total, the score recommendations are ranked by. */
    static PairScores of(MatchingEngine engine) {
        return (a, b) -> engine.score(a, b).total();
    }
}
