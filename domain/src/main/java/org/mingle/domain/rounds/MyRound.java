package org.mingle.domain.rounds;

import java.time.Instant;
import java.util.List;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.profiles.ProfileView;

/**
 * One round as an attendee sees it: when, which table, with whom and why.
 *
 * @param table {@code null} when the attendee sits this round out
 * @param with  the people at the same table
 * @param announcedAt when the organizers called everyone to their tables for this round; {@code null} until then
 */
public record MyRound(int number, Instant startsAt, Instant endsAt, Integer table, List<Companion> with,
                      Instant announcedAt) {

    public MyRound {
        with = List.copyOf(with);
    }

    /**
     * Someone at the attendee's table, as they let the attendee see them.
     *
     * @param reasons why the two fit, from the fields every fellow attendee may see
     */
    public record Companion(ProfileView person, List<Reason> reasons) {

        public Companion {
            reasons = List.copyOf(reasons);
        }
    }
}
