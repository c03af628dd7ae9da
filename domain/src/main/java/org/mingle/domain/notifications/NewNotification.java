package org.mingle.domain.notifications;

import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * A notification to send: its title and body in plain text, and the path of the page it leads to ({@code
 * /events/...}), which mail turns into an absolute link on the public address.
 */
public record NewNotification(AccountId recipient, NotificationKind kind, String title, String body,
                              Optional<String> link, Optional<EventId> event) {

    public NewNotification {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(event, "event");
        if (link.filter(path -> !path.startsWith("/")).isPresent()) {
            throw new IllegalArgumentException("a notification's link is a path starting with /");
        }
    }
}
