package org.mingle.domain.rounds;

import java.util.List;
import java.util.Map;
import org.mingle.domain.shared.AccountId;

/** An event's speed-networking rounds as organizers see them, with the name of everyone seated. */
public record Schedule(List<ScheduledRound> rounds, Map<AccountId, String> names) {

    public Schedule {
        rounds = List.copyOf(rounds);
        names = Map.copyOf(names);
    }
}
