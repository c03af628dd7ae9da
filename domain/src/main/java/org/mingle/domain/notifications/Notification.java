package org.mingle.domain.notifications;

import java.time.Instant;
import java.util.Optional;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** Something a person was told: shown under the bell until read, and kept in their list. */
public record Notification(NotificationId id, AccountId recipient, NotificationKind kind, String title, String body,
                           Optional<String> link, Optional<EventId> event, Instant createdAt,
                           Optional<Instant> readAt) {

    public boolean unread() {
        return readAt.isEmpty();
    }
}
