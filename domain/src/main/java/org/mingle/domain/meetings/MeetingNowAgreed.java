package org.mingle.domain.meetings;

import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * Two people agreed to meet right away (decision 52): one accepted the other's request to meet now. Published inside
 * that transaction, so the free time both had said they had can end with it.
 *
 * @param slot  the slot under way they meet in, or {@code null} when they meet at the event's meeting point
 * @param table the table's name, or {@code null} when they meet at the meeting point
 */
public record MeetingNowAgreed(EventId event, MeetingRequestId meeting, AccountId first, AccountId second, Slot slot,
                               String table) {

    public MeetingNowAgreed {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if ((slot == null) != (table == null)) {
            throw new IllegalArgumentException("a slot goes with a table");
        }
    }
}
