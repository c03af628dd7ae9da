package org.mingle.domain.notifications;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.events.EventCalendar;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.mail.MailAttachment;
import org.mingle.domain.mail.MailLayout;
import org.mingle.domain.mail.MailOutbox;
import org.mingle.domain.mail.MailToSend;
import org.mingle.domain.mail.MailWords;
import org.mingle.domain.mail.SignedLinks;
import org.mingle.domain.mail.Words;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.PublicUrl;

/**
 * Turns notifications into mail, one at a time or as a daily digest, with links on the public address. Every mail
 * carries a one-click unsubscribe for its category (RFC 8058): the {@code List-Unsubscribe} header names the API
 * address a mail client posts to, the footer a page that asks before it acts. A mail saying a seat is the recipient's
 * carries the event's calendar (event.ics), as the event stands when the mail is queued.
 */
@Singleton
class NotificationMails {

    static final String SETTINGS_PATH = "/notifications";
    /** Where a mail client posts a one-click unsubscribe. */
    static final String UNSUBSCRIBE_API = "/api/mail-links/unsubscribe";
    /** The kinds that give a seat: their mail carries the event's calendar and a link to the check-in code. */
    static final Set<NotificationKind> SEAT_GIVEN = EnumSet.of(NotificationKind.REGISTRATION_CONFIRMED,
            NotificationKind.REGISTRATION_PROMOTED, NotificationKind.REGISTRATION_APPROVED);
    static final String CALENDAR_FILE = "event.ics";
    static final String CALENDAR_TYPE = "text/calendar; method=PUBLISH";

    private final MailOutbox outbox;
    private final AccountService accounts;
    private final EventService events;
    private final SignedLinks links;
    private final CheckInCodeLinks codeLinks;
    private final Provider<PublicUrl> publicUrl;
    private final Clock clock;

    NotificationMails(MailOutbox outbox, AccountService accounts, EventService events, SignedLinks links,
                      CheckInCodeLinks codeLinks, Provider<PublicUrl> publicUrl, Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.events = events;
        this.links = links;
        this.codeLinks = codeLinks;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** A notification to mail on its own, with the mail's actions and what it was sent for. */
    record ToMail(Notification notification, List<NewNotification.MailAction> actions, Optional<UUID> reference) {
    }

    /** Queues each notification's own mail, unless its recipient's account is gone. */
    void queueAll(List<ToMail> toMail) {
        if (toMail.isEmpty()) {
            return;
        }
        var recipientIds = toMail.stream().map(m -> m.notification().recipient()).toList();
        var recipients = accounts.activeAmong(recipientIds);
        var languages = accounts.writtenLanguagesOf(recipientIds);
        var calendars = new HashMap<EventId, Optional<MailAttachment>>(); // a batch may seat many at one event
        var mails = new ArrayList<MailToSend>(toMail.size());
        for (var item : toMail) {
            var account = recipients.get(item.notification().recipient());
            if (account != null) {
                var mail = mailOf(account, languages.getOrDefault(account.id(), Locale.ENGLISH), item);
                var calendar = seatAt(item.notification()).flatMap(seat -> calendars.computeIfAbsent(seat,
                        this::calendarOf));
                mails.add(calendar.map(mail::withAttachment).orElse(mail));
            }
        }
        outbox.queueAll(mails);
    }

    /** The event at which the notification gives its recipient a seat, if it does. */
    private static Optional<EventId> seatAt(Notification notification) {
        return SEAT_GIVEN.contains(notification.kind()) ? notification.event() : Optional.empty();
    }

    /**
     * The event's calendar as it stands now. Events are never deleted, but a notification names its event without a
     * foreign key (decision 68): were the event not there, the mail goes without a calendar rather than failing its
     * whole batch on every pass.
     */
    private Optional<MailAttachment> calendarOf(EventId event) {
        return events.findForItsRegistrants(event).map(found -> new MailAttachment(CALENDAR_FILE, CALENDAR_TYPE,
                EventCalendar.render(found, clock.instant())));
    }

    private MailToSend mailOf(Account account, Locale language, ToMail item) {
        var notification = item.notification();
        var category = notification.kind().category();
        var actions = new ArrayList<MailLayout.Action>();
        // A seat: the mail opens the check-in code at the door, signed in or not. Signed here, after commit, so a
        // registration's transaction does not pay for it.
        seatAt(notification).ifPresent(event -> actions.add(new MailLayout.Action(
                MailWords.text(language, "mail.action.checkInCode"),
                link(codeLinks.path(notification.recipient(), event)))));
        if (item.actions().isEmpty()) {
            notification.link().ifPresent(path -> actions.add(new MailLayout.Action(
                    MailWords.text(language, "mail.action.open"), link(path))));
        } else {
            item.actions().forEach(action -> actions.add(new MailLayout.Action(action.label().in(language),
                    link(action.path()))));
        }
        var footer = List.of(MailWords.text(language, "mail.footer.immediate", categoryWords(category)),
                MailWords.text(language, "mail.footer.stop", link("/" + NotificationService.UNSUBSCRIBE_PAGE
                        + "?token=" + unsubscribeToken(account, List.of(category)))),
                MailWords.text(language, "mail.footer.settings", link(SETTINGS_PATH)));
        var layout = new MailLayout(notification.title(), List.of(notification.body()), actions, footer);
        return new MailToSend(Optional.of(account.id()), account.email().value(), notification.title(),
                layout.text(), layout.html(), Optional.of(unsubscribeApi(account, List.of(category))),
                item.reference());
    }

    /** Queues one mail listing the notifications a digest collected. */
    void queueDigest(AccountId recipient, List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        accounts.findActive(recipient).ifPresent(account -> {
            Locale language = accounts.writtenLanguagesOf(List.of(recipient)).getOrDefault(recipient,
                    Locale.ENGLISH);
            var paragraphs = new ArrayList<String>();
            for (var notification : notifications) {
                paragraphs.add(notification.title() + "\n" + notification.body()
                        + notification.link().map(path -> "\n" + link(path)).orElse(""));
            }
            String subject = notifications.size() == 1
                    ? MailWords.text(language, "mail.digest.subject.one", notifications.get(0).title())
                    : MailWords.text(language, "mail.digest.subject.other", notifications.size());
            var categories = notifications.stream().map(n -> n.kind().category()).distinct().toList();
            var footer = new ArrayList<String>();
            footer.add(MailWords.text(language, "mail.footer.digest", String.join(", ",
                    categories.stream().map(c -> categoryWords(c).in(language)).toList())));
            footer.add(MailWords.text(language, "mail.footer.settings", link(SETTINGS_PATH)));
            var layout = new MailLayout(MailWords.text(language, "mail.digest.heading", account.displayName()),
                    paragraphs, List.of(new MailLayout.Action(MailWords.text(language, "mail.action.all"),
                    link(SETTINGS_PATH))), footer);
            outbox.queue(mail(account, subject, layout, unsubscribeApi(account, categories)));
        });
    }

    /** The category in running text: "registrations", "Anmeldungen". */
    private static Words categoryWords(NotificationCategory category) {
        return Words.of("category." + category.name());
    }

    /** A link that stops these categories' mail (a digest's are all it collected). */
    private String unsubscribeToken(Account account, List<NotificationCategory> categories) {
        var subject = new ArrayList<String>();
        subject.add(account.id().toString());
        categories.forEach(category -> subject.add(category.name()));
        return links.sign(SignedLinks.Purpose.UNSUBSCRIBE, subject.toArray(String[]::new));
    }

    private String unsubscribeApi(Account account, List<NotificationCategory> categories) {
        return link(UNSUBSCRIBE_API + "?token=" + unsubscribeToken(account, categories));
    }

    private MailToSend mail(Account account, String subject, MailLayout layout, String unsubscribeUrl) {
        return new MailToSend(Optional.of(account.id()), account.email().value(), subject, layout.text(),
                layout.html(), Optional.of(unsubscribeUrl));
    }

    private String link(String path) {
        return publicUrl.get().link(path);
    }
}
