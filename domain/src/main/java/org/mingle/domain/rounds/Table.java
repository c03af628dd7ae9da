package org.mingle.domain.rounds;

import java.util.List;
import org.mingle.domain.shared.AccountId;

/** Two people (three when the count is odd and the organizer chose trios) at one numbered table for one round. */
public record Table(int number, List<AccountId> people) {

    public Table {
        people = List.copyOf(people);
        if (people.size() < 2 || people.size() > 3) {
            throw new IllegalArgumentException("a table seats two or three people: " + people);
        }
    }
}
