package org.mingle.domain.notifications;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.mail.SignedLinks;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Backlog;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.TextRules;

/**
 * What people are told. {@link #send} writes the notification in the transaction of the change that causes it and,
 * as the recipient's setting for its category says, queues a mail in the same transaction or keeps it for the daily
 * digest. Features do not call this: they publish their domain events and this feature's listeners
 * ({@link RegistrationNotices}, {@link MeetingNotices}) turn them into notifications.
 */
@Singleton
public class NotificationService {

    /**
     * {@code mingle.notifications.enabled} ({@code MINGLE_NOTIFICATIONS}): false stops the notices of registrations,
     * meetings and event changes (for a measurement without them, or an installation that wants none); password
     * resets are mailed regardless.
     */
    public static final String ENABLED = "mingle.notifications.enabled";

    /** The page a mail footer's unsubscribe link opens, with the link's secret as its {@code token} parameter. */
    public static final String UNSUBSCRIBE_PAGE = "unsubscribe";

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 5000;
    /** A digest collects a day's notifications, counted from the first one waiting. */
    static final Duration DIGEST_PERIOD = Duration.ofHours(24);

    private final JdbcNotifications store;
    private final SignedLinks links;
    private final ApplicationEventPublisher<InboxChanged> inboxes;
    private final Clock clock;
    private final Provider<AccountService> accounts;

    NotificationService(JdbcNotifications store, SignedLinks links, ApplicationEventPublisher<InboxChanged> inboxes,
                        Clock clock, Provider<AccountService> accounts) {
        this.accounts = accounts;
        this.store = store;
        this.links = links;
        this.inboxes = inboxes;
        this.clock = clock;
    }

    /**
     * Writes the notification; its mail follows as the recipient chose for its category.
     *
     * @return the notification, {@code null} when the recipient turned its category off or erased their account
     */
    @Transactional
    public Notification send(NewNotification request) {
        var sent = sendAll(List.of(request));
        return sent.isEmpty() ? null : sent.get(0);
    }

    /**
     * Writes many notifications with one statement per thousand (an event cancelled with thousands registered), in
     * the transaction in progress. Their mail is decided after commit ({@link NotificationMailer}), so the change
     * that causes them holds its locks no longer for it.
     */
    @Transactional
    public List<Notification> sendAll(List<NewNotification> requests) {
        requests = withoutOptedOut(requests);
        var now = now();
        var readers = readersOf(requests);
        requests = requests.stream().filter(request -> readers.containsKey(request.recipient()))
                .map(request -> request.writtenIn(readers.get(request.recipient()))).toList();
        var notifications = requests.stream().map(request -> new Notification(NotificationId.newId(),
                request.recipient(), request.kind(), TextRules.truncate(request.title().in(Locale.ENGLISH), TITLE_MAX),
                TextRules.truncate(request.body().in(Locale.ENGLISH), BODY_MAX), request.link(), request.event(), now,
                Optional.<Instant>empty())).toList();
        store.insertAll(requests, notifications);
        if (!notifications.isEmpty()) {
            inboxes.publishEvent(new InboxChanged(notifications.stream().map(Notification::recipient)
                    .collect(Collectors.toSet()), true));
        }
        return notifications;
    }

    /**
     * The language each recipient reads (their account's choice, else English), for the recipients whose account is
     * still there. A notification is stored as its recipient reads it, so the bell and the mail say the same; and a
     * notice composed before its recipient erased their account (a registration's, written just after its commit) is
     * not written after the erasure.
     */
    private Map<AccountId, Locale> readersOf(List<NewNotification> requests) {
        return requests.isEmpty() ? Map.of()
                : accounts.get().writtenLanguagesOf(requests.stream().map(NewNotification::recipient).toList());
    }

    /**
     * The requests whose recipients want them: a category people opt into ({@link NotificationCategory#optIn()}) is
     * told only to those who chose a delivery for it other than {@link Delivery#OFF}. One query, and only when such a
     * request is among them.
     */
    private List<NewNotification> withoutOptedOut(List<NewNotification> requests) {
        var optIn = requests.stream().filter(request -> request.kind().category().optIn()).toList();
        if (optIn.isEmpty()) {
            return requests;
        }
        var chosen = store.chosenDeliveries(optIn.stream().map(NewNotification::recipient).toList());
        return requests.stream().filter(request -> {
            var category = request.kind().category();
            return !category.optIn() || chosen.getOrDefault(request.recipient(), Map.of())
                    .getOrDefault(category, category.byDefault()) != Delivery.OFF;
        }).toList();
    }

    /** The account's notifications, newest first. */
    @ReadOnly
    public Page<Notification> list(AccountId account, boolean unreadOnly, PageRequest page) {
        return store.page(account, unreadOnly, page);
    }

    /** The number under the bell. */
    @ReadOnly
    public int unreadCount(AccountId account) {
        return store.unreadCount(account);
    }

    /**
     * The notifications whose mail is still to be decided (queued, kept for the digest or not mailed) after their
     * change committed, and since when the oldest waits: for metrics. It grows only when mailing falls behind.
     */
    @ReadOnly
    public Backlog mailBacklog() {
        return store.mailBacklog();
    }

    /**
     * Marks one of the account's notifications read; reading it again is harmless.
     *
     * @throws NotificationNotFoundException when the account has no such notification
     */
    @Transactional
    public void markRead(AccountId account, NotificationId id) {
        if (!store.markRead(account, id, now())) {
            throw new NotificationNotFoundException();
        }
        inboxes.publishEvent(new InboxChanged(Set.of(account), false));
    }

    /** Marks all of the account's notifications read; the number that were unread. */
    @Transactional
    public int markAllRead(AccountId account) {
        int read = store.markAllRead(account, now());
        if (read > 0) {
            inboxes.publishEvent(new InboxChanged(Set.of(account), false));
        }
        return read;
    }

    /** The delivery of every category for the account: its choices, and the default where it made none. */
    @ReadOnly
    public Map<NotificationCategory, Delivery> settings(AccountId account) {
        var settings = new EnumMap<NotificationCategory, Delivery>(NotificationCategory.class);
        for (var category : NotificationCategory.values()) {
            settings.put(category, category.byDefault());
        }
        settings.putAll(store.chosenDeliveries(account));
        return settings;
    }

    /**
     * Stops the mail of the categories a one-click unsubscribe link was made for, for its account; using it again is
     * harmless.
     *
     * @return the categories, now delivered in the app only
     * @throws org.mingle.domain.shared.InvalidInputException for {@code token} when the link is damaged or expired
     */
    @Transactional
    public List<NotificationCategory> unsubscribe(String token) {
        var subject = unsubscribing(token);
        var categories = subject.subList(1, subject.size()).stream().map(NotificationCategory::valueOf).toList();
        categories.forEach(category -> store.choose(new AccountId(UUID.fromString(subject.get(0))), category,
                Delivery.IN_APP_ONLY));
        return categories;
    }

    /** The categories an unsubscribe link would stop, to ask before acting; the same checks as {@link #unsubscribe}. */
    public List<NotificationCategory> unsubscribePreview(String token) {
        var subject = unsubscribing(token);
        return subject.subList(1, subject.size()).stream().map(NotificationCategory::valueOf).toList();
    }

    private List<String> unsubscribing(String token) {
        return links.verify(token, SignedLinks.Purpose.UNSUBSCRIBE).subject();
    }

    /** Changes the delivery of the categories given; the others keep theirs. Returns all settings. */
    @Transactional
    public Map<NotificationCategory, Delivery> changeSettings(AccountId account,
                                                              Map<NotificationCategory, Delivery> changes) {
        var refused = changes.entrySet().stream().filter(change -> !change.getKey().choices().contains(change.getValue()))
                .map(change -> new FieldError("categories." + change.getKey().name(),
                        "cannot be OFF: only the categories one opts into can be turned off"))
                .toList();
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        changes.forEach((category, delivery) -> store.choose(account, category, delivery));
        return settings(account);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
