package org.mingle.domain.rounds;

import java.util.List;
import org.mingle.domain.matching.MatchingEngine;
import org.mingle.domain.matching.Partner;
import org.mingle.domain.shared.AccountId;

/**
 * The matching engine as an {@link Affinity}: the same scores and exclusions as recommendations; partners come from
 * the group when one is given (the people present).
 */
public record MatchingAffinity(MatchingEngine engine, MatchingEngine.Group among) implements Affinity {

    public MatchingAffinity(MatchingEngine engine) {
        this(engine, null);
    }

    @Override
    public double score(AccountId a, AccountId b) {
        return engine.score(a, b).total();
    }

    @Override
    public List<Partner> bestPartners(AccountId person, int k) {
        return engine.bestPartners(person, k, among);
    }

    @Override
    public boolean mayMeet(AccountId a, AccountId b) {
        return engine.mayMeet(a, b);
    }
}
