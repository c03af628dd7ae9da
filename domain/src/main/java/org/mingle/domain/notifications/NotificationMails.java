package org.mingle.domain.notifications;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.mail.MailLayout;
import org.mingle.domain.mail.MailOutbox;
import org.mingle.domain.mail.MailToSend;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.PublicUrl;

/** Turns notifications into mail, one at a time or as a daily digest, with links on the public address. */
@Singleton
class NotificationMails {

    static final String SETTINGS_PATH = "/notifications";

    private final MailOutbox outbox;
    private final AccountService accounts;
    private final Provider<PublicUrl> publicUrl;

    NotificationMails(MailOutbox outbox, AccountService accounts, Provider<PublicUrl> publicUrl) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.publicUrl = publicUrl;
    }

    /** Queues the notification's own mail, unless its recipient's account is gone. */
    void queueOne(Notification notification) {
        accounts.findActive(notification.recipient()).ifPresent(account -> {
            var layout = new MailLayout(notification.title(), List.of(notification.body()),
                    notification.link().map(path -> new MailLayout.Action("Open in Mingle", link(path))),
                    footer(notification.kind().category(), Delivery.IMMEDIATE));
            outbox.queue(mail(account, notification.title(), layout));
        });
    }

    /** Queues one mail listing the notifications a digest collected. */
    void queueDigest(AccountId recipient, List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        accounts.findActive(recipient).ifPresent(account -> {
            var paragraphs = new ArrayList<String>();
            for (var notification : notifications) {
                paragraphs.add(notification.title() + "\n" + notification.body()
                        + notification.link().map(path -> "\n" + link(path)).orElse(""));
            }
            String subject = notifications.size() == 1 ? "Your Mingle day: " + notifications.get(0).title()
                    : "Your Mingle day: " + notifications.size() + " notifications";
            var categories = notifications.stream().map(n -> n.kind().category()).distinct().toList();
            var footer = new ArrayList<String>();
            footer.add("This is your daily digest of " + String.join(", ",
                    categories.stream().map(c -> c.label().toLowerCase(java.util.Locale.ROOT)).toList()) + ".");
            footer.add("Choose what Mingle mails you: " + link(SETTINGS_PATH));
            var layout = new MailLayout("Hello " + account.displayName() + ", here is what happened", paragraphs,
                    Optional.of(new MailLayout.Action("See all notifications", link("/notifications"))), footer);
            outbox.queue(mail(account, subject, layout));
        });
    }

    private MailToSend mail(Account account, String subject, MailLayout layout) {
        return new MailToSend(Optional.of(account.id()), account.email().value(), subject, layout.text(),
                layout.html(), Optional.empty());
    }

    private List<String> footer(NotificationCategory category, Delivery delivery) {
        return List.of("You get this mail because " + category.label().toLowerCase(java.util.Locale.ROOT)
                        + " are set to reach you " + (delivery == Delivery.IMMEDIATE ? "at once" : "daily") + ".",
                "Choose what Mingle mails you: " + link(SETTINGS_PATH));
    }

    private String link(String path) {
        return publicUrl.get().link(path);
    }
}
