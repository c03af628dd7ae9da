package org.mingle.domain.connections;

import java.time.LocalDate;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * A follow-up whose reminder day has come, for the notice that tells its owner, and nobody else, what they meant to do.
 *
 * @param otherName  the person the follow-up is about, by name
 * @param eventTitle where the two met
 * @param note       the owner's private note, {@code null} when none
 */
public record DueFollowUp(ConnectionId connection, AccountId owner, LocalDate remindOn, FollowUp followUp,
                          String note, String otherName, EventId event, String eventTitle) {

    public DueFollowUp {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(remindOn, "remindOn");
        Objects.requireNonNull(followUp, "followUp");
    }
}
