package org.mingle.domain.curated;

import java.util.Objects;
import org.mingle.domain.shared.AccountId;

/**
 * Someone the organizer schedules, with the fewest and the most one-to-one meetings they should have at the event.
 * Meetings they have booked already count towards both.
 */
public record Participant(AccountId account, int minimum, int maximum) {

    public Participant {
        Objects.requireNonNull(account, "account");
        if (minimum < 0 || maximum < minimum) {
            throw new IllegalArgumentException("0 <= minimum <= maximum, not " + minimum + " and " + maximum);
        }
    }
}
