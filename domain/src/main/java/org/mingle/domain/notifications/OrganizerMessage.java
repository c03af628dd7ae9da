package org.mingle.domain.notifications;

import java.time.Instant;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** A message an organizer sent to an event's registrants, and how many it was sent to. */
public record OrganizerMessage(OrganizerMessageId id, EventId event, AccountId sender, String subject, String body,
                               Audience audience, int recipients, Instant sentAt) {
}
