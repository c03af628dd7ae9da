package org.mingle.domain.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.events.EventId;
import org.mingle.domain.mail.Words;
import org.mingle.domain.shared.AccountId;

/**
 * A notification to send: its title and body, written in the recipient's language when it is sent, and the path of
 * the page it leads to ({@code /events/...}), which mail turns into an absolute link on the public address. Its mail
 * may offer actions instead of that one link, such as accepting or declining a meeting request through signed links,
 * and carry a reference to what it was sent for (an organizer's message), by which its sender counts what went out.
 */
public record NewNotification(AccountId recipient, NotificationKind kind, Words title, Words body,
                              Optional<String> link, Optional<EventId> event, List<MailAction> mailActions,
                              Optional<UUID> reference) {

    /** A button in the mail: its label and the path it opens. */
    public record MailAction(Words label, String path) {

        public MailAction(String label, String path) {
            this(Words.literal(label), path);
        }

        public MailAction {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(path, "path");
        }
    }

    public NewNotification(AccountId recipient, NotificationKind kind, Words title, Words body,
                           Optional<String> link, Optional<EventId> event) {
        this(recipient, kind, title, body, link, event, List.of(), Optional.empty());
    }

    /** Words the same in every language (a test's, or what a person wrote). */
    public NewNotification(AccountId recipient, NotificationKind kind, String title, String body,
                           Optional<String> link, Optional<EventId> event) {
        this(recipient, kind, Words.literal(title), Words.literal(body), link, event, List.of(), Optional.empty());
    }

    public NewNotification withMailActions(List<MailAction> actions) {
        return new NewNotification(recipient, kind, title, body, link, event, actions, reference);
    }

    /** The same notification with its words written in the language, as it is stored and mailed. */
    public NewNotification writtenIn(Locale language) {
        return new NewNotification(recipient, kind, Words.literal(title.in(language)),
                Words.literal(body.in(language)), link, event, mailActions.stream()
                .map(action -> new MailAction(action.label().in(language), action.path())).toList(), reference);
    }

    public NewNotification withReference(UUID sentFor) {
        return new NewNotification(recipient, kind, title, body, link, event, mailActions, Optional.of(sentFor));
    }

    public NewNotification {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(event, "event");
        mailActions = List.copyOf(mailActions);
        Objects.requireNonNull(reference, "reference");
        if (link.filter(path -> !path.startsWith("/")).isPresent()) {
            throw new IllegalArgumentException("a notification's link is a path starting with /");
        }
    }
}
