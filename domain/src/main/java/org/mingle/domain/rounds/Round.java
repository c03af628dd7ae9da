package org.mingle.domain.rounds;

import java.util.List;
import org.mingle.domain.shared.AccountId;

/**
 * One speed-networking round.
 *
 * @param resting who sits this round out: nobody, or the one person an odd count leaves over when the organizer chose
 *                rests over trios
 */
public record Round(int number, List<Table> tables, List<AccountId> resting) {

    public Round {
        tables = List.copyOf(tables);
        resting = List.copyOf(resting);
    }
}
