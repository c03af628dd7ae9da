package org.mingle.domain.connections;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person's private follow-up of a connection: seen by its owner only, never by the other person or organizers
 * (who get outcomes as anonymous counts).
 *
 * @param note     {@code null} when none
 * @param remindAt {@code null} when no reminder is set
 * @param outcome  {@code null} until the owner reports one
 */
public record PrivateNotes(String note, List<String> tags, FollowUp followUp, LocalDate remindAt, Outcome outcome) {

    public static final PrivateNotes NONE = new PrivateNotes(null, List.of(), FollowUp.NONE, null, null);

    public PrivateNotes {
        tags = List.copyOf(tags);
        Objects.requireNonNull(followUp, "followUp");
    }

    /** A reminder that has come, on a follow-up not done yet. */
    public boolean dueOn(LocalDate today) {
        return remindAt != null && !remindAt.isAfter(today) && followUp != FollowUp.DONE;
    }
}
