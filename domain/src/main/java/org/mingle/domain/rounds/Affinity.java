package org.mingle.domain.rounds;

import java.util.List;
import org.mingle.domain.matching.Partner;
import org.mingle.domain.shared.AccountId;

/** Who fits with whom, as far as seating people needs to know: the matching engine's view, behind a small interface. */
public interface Affinity {

    /** How good a conversation between the two promises to be; symmetric, never negative. */
    double score(AccountId a, AccountId b);

    /** The person's best partners with the pair's score, best first, only people they may meet. */
    List<Partner> bestPartners(AccountId person, int k);

    /** Whether the two may be seated together at all (blocks, connections, colleagues kept apart). */
    boolean mayMeet(AccountId a, AccountId b);
}
