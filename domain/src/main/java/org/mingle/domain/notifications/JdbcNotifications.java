package org.mingle.domain.notifications;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.mingle.db.jooq.Tables.NOTIFICATIONS;
import static org.mingle.db.jooq.Tables.NOTIFICATION_DIGESTS;
import static org.mingle.db.jooq.Tables.NOTIFICATION_SETTINGS;
import static org.mingle.db.jooq.Tables.REGISTRATION_NOTICE_REQUESTS;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.Select;
import org.mingle.db.jooq.tables.records.NotificationsRecord;
import org.mingle.domain.events.EventId;
import org.mingle.domain.infrastructure.SkipLockedClaims;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Backlog;
import org.mingle.domain.shared.Chunks;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/** Notifications, their settings and the digests due, in PostgreSQL. */
@Singleton
class JdbcNotifications {

    private final DSLContext sql;

    JdbcNotifications(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Inserts the notifications {@value Chunks#ROWS} rows per statement, each waiting for {@link NotificationMailer} to
     * mail it as its recipient chose.
     */
    void insertAll(List<NewNotification> requests, List<Notification> notifications) {
        for (int from = 0; from < notifications.size(); from += Chunks.ROWS) {
            var insert = sql.insertInto(NOTIFICATIONS, NOTIFICATIONS.ID, NOTIFICATIONS.ACCOUNT_ID, NOTIFICATIONS.KIND,
                    NOTIFICATIONS.TITLE, NOTIFICATIONS.BODY, NOTIFICATIONS.LINK, NOTIFICATIONS.EVENT_ID,
                    NOTIFICATIONS.CREATED_AT, NOTIFICATIONS.MAIL_DUE, NOTIFICATIONS.MAIL_ACTIONS,
                    NOTIFICATIONS.REFERENCE);
            for (int i = from; i < Math.min(notifications.size(), from + Chunks.ROWS); i++) {
                var n = notifications.get(i);
                var request = requests.get(i);
                insert = insert.values(n.id(), n.recipient(), n.kind(), n.title(), n.body(), n.link().orElse(null),
                        n.event().orElse(null), n.createdAt(), true, actionsText(request.mailActions()),
                        request.reference().orElse(null));
            }
            insert.execute();
        }
    }

    /** Records that the account asks to be told what became of its registration for the event; the request's id. */
    long requestRegistrationNotice(AccountId account, EventId event, Instant askedAt) {
        return sql.insertInto(REGISTRATION_NOTICE_REQUESTS, REGISTRATION_NOTICE_REQUESTS.ACCOUNT_ID,
                        REGISTRATION_NOTICE_REQUESTS.EVENT_ID, REGISTRATION_NOTICE_REQUESTS.ASKED_AT)
                .values(account, event, askedAt)
                .returningResult(REGISTRATION_NOTICE_REQUESTS.ID).fetchSingle().value1();
    }

    /** A request to be told what became of a registration. */
    record RegistrationNoticeRequest(long id, AccountId account, EventId event) {
    }

    /** Takes (deletes and returns) those of the requests that no other transaction is taking. */
    List<RegistrationNoticeRequest> takeRegistrationNoticeRequests(Collection<Long> ids) {
        return takeRegistrationNoticeRequests(select(REGISTRATION_NOTICE_REQUESTS.ID).from(REGISTRATION_NOTICE_REQUESTS)
                .where(REGISTRATION_NOTICE_REQUESTS.ID.eq(any(ids.toArray(Long[]::new)))).forUpdate().skipLocked());
    }

    /**
     * Takes (deletes and returns) up to {@code limit} requests asked before the moment, oldest first, that no other
     * transaction is taking.
     */
    List<RegistrationNoticeRequest> takeRegistrationNoticeRequests(int limit, Instant askedBefore) {
        return takeRegistrationNoticeRequests(select(REGISTRATION_NOTICE_REQUESTS.ID).from(REGISTRATION_NOTICE_REQUESTS)
                .where(REGISTRATION_NOTICE_REQUESTS.ASKED_AT.lt(askedBefore))
                .orderBy(REGISTRATION_NOTICE_REQUESTS.ID).limit(limit).forUpdate().skipLocked());
    }

    private List<RegistrationNoticeRequest> takeRegistrationNoticeRequests(Select<Record1<Long>> claim) {
        return sql.deleteFrom(REGISTRATION_NOTICE_REQUESTS)
                .where(SkipLockedClaims.claimed(REGISTRATION_NOTICE_REQUESTS.ID, claim))
                .returningResult(REGISTRATION_NOTICE_REQUESTS.ID, REGISTRATION_NOTICE_REQUESTS.ACCOUNT_ID,
                        REGISTRATION_NOTICE_REQUESTS.EVENT_ID)
                .fetch(Records.mapping(RegistrationNoticeRequest::new));
    }

    /**
     * The transaction in progress commits without waiting for its write-ahead log to reach the disk: for writes that
     * are done again when a crash loses them, because what they took is then back.
     */
    void commitWithoutWaitingForDisk() {
        sql.execute("set local synchronous_commit to off");
    }

    /** A notification waiting to be mailed, with what its mail offers and what it was sent for. */
    record MailDue(Notification notification, List<NewNotification.MailAction> actions, Optional<UUID> reference) {
    }

    /**
     * Takes up to {@code limit} notifications waiting to be mailed, oldest first, skipping those another instance is
     * taking; the caller's transaction holds them until {@link #mailed} and the commit.
     */
    List<MailDue> takeMailDue(int limit) {
        return sql.selectFrom(NOTIFICATIONS).where(NOTIFICATIONS.MAIL_DUE)
                .orderBy(NOTIFICATIONS.CREATED_AT).limit(limit)
                .forUpdate().skipLocked()
                .fetch(row -> new MailDue(notification(row), actions(row.getMailActions()),
                        Optional.ofNullable(row.getReference())));
    }

    /** The notifications waiting for their mail to be decided: one statement over the partial index of them. */
    Backlog mailBacklog() {
        var row = sql.select(count(), min(NOTIFICATIONS.CREATED_AT)).from(NOTIFICATIONS)
                .where(NOTIFICATIONS.MAIL_DUE).fetchOne();
        return row == null ? Backlog.empty() : new Backlog(row.value1(), Optional.ofNullable(row.value2()));
    }

    /** No longer waiting to be mailed; those in {@code forDigest} wait for the daily digest instead. */
    void mailed(Collection<NotificationId> notifications, Set<NotificationId> forDigest) {
        sql.update(NOTIFICATIONS).set(NOTIFICATIONS.MAIL_DUE, false)
                .set(NOTIFICATIONS.DIGEST_DUE, NOTIFICATIONS.ID.in(forDigest))
                .where(NOTIFICATIONS.ID.in(notifications))
                .execute();
    }

    private static String actionsText(List<NewNotification.MailAction> actions) {
        if (actions.isEmpty()) {
            return null;
        }
        // The labels arrive written in the recipient's language (NotificationService): literals, whatever is asked.
        return String.join("\n", actions.stream().map(a -> a.label().in(Locale.ENGLISH) + "\t" + a.path()).toList());
    }

    private static List<NewNotification.MailAction> actions(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(line -> line.split("\t", 2))
                .map(parts -> new NewNotification.MailAction(parts[0], parts[1])).toList();
    }

    Page<Notification> page(AccountId account, boolean unreadOnly, PageRequest request) {
        var condition = NOTIFICATIONS.ACCOUNT_ID.eq(account);
        if (unreadOnly) {
            condition = condition.and(NOTIFICATIONS.READ_AT.isNull());
        }
        var items = sql.selectFrom(NOTIFICATIONS).where(condition)
                .orderBy(NOTIFICATIONS.CREATED_AT.desc(), NOTIFICATIONS.ID.desc())
                .offset(request.offset()).limit(request.size())
                .fetch(JdbcNotifications::notification);
        return new Page<>(items, request.page(), request.size(), sql.fetchCount(NOTIFICATIONS, condition));
    }

    int unreadCount(AccountId account) {
        return sql.fetchCount(NOTIFICATIONS, NOTIFICATIONS.ACCOUNT_ID.eq(account).and(NOTIFICATIONS.READ_AT.isNull()));
    }

    Optional<Notification> find(AccountId account, NotificationId id) {
        return sql.selectFrom(NOTIFICATIONS)
                .where(NOTIFICATIONS.ID.eq(id).and(NOTIFICATIONS.ACCOUNT_ID.eq(account)))
                .fetchOptional(JdbcNotifications::notification);
    }

    /** Marks it read unless it already was; false when the account has no such notification. */
    boolean markRead(AccountId account, NotificationId id, Instant now) {
        sql.update(NOTIFICATIONS).set(NOTIFICATIONS.READ_AT, now)
                .where(NOTIFICATIONS.ID.eq(id).and(NOTIFICATIONS.ACCOUNT_ID.eq(account))
                        .and(NOTIFICATIONS.READ_AT.isNull()))
                .execute();
        return sql.fetchExists(NOTIFICATIONS, NOTIFICATIONS.ID.eq(id).and(NOTIFICATIONS.ACCOUNT_ID.eq(account)));
    }

    int markAllRead(AccountId account, Instant now) {
        return sql.update(NOTIFICATIONS).set(NOTIFICATIONS.READ_AT, now)
                .where(NOTIFICATIONS.ACCOUNT_ID.eq(account).and(NOTIFICATIONS.READ_AT.isNull()))
                .execute();
    }

    /** The account's chosen deliveries; categories it never set are absent. */
    Map<NotificationCategory, Delivery> chosenDeliveries(AccountId account) {
        return chosenDeliveries(List.of(account)).getOrDefault(account, Map.of());
    }

    /** The chosen deliveries of each of these accounts that chose any. */
    Map<AccountId, Map<NotificationCategory, Delivery>> chosenDeliveries(Collection<AccountId> accounts) {
        var chosen = new HashMap<AccountId, Map<NotificationCategory, Delivery>>();
        var ids = accounts.stream().distinct().toList();
        for (var chunk : Chunks.of(ids, Chunks.ROWS)) {
            sql.select(NOTIFICATION_SETTINGS.ACCOUNT_ID, NOTIFICATION_SETTINGS.CATEGORY, NOTIFICATION_SETTINGS.DELIVERY)
                    .from(NOTIFICATION_SETTINGS)
                    .where(NOTIFICATION_SETTINGS.ACCOUNT_ID.in(chunk))
                    .forEach(row -> chosen.computeIfAbsent(row.value1(),
                            account -> new EnumMap<>(NotificationCategory.class)).put(row.value2(), row.value3()));
        }
        return chosen;
    }

    void choose(AccountId account, NotificationCategory category, Delivery delivery) {
        sql.insertInto(NOTIFICATION_SETTINGS)
                .set(NOTIFICATION_SETTINGS.ACCOUNT_ID, account)
                .set(NOTIFICATION_SETTINGS.CATEGORY, category)
                .set(NOTIFICATION_SETTINGS.DELIVERY, delivery)
                .onConflict(NOTIFICATION_SETTINGS.ACCOUNT_ID, NOTIFICATION_SETTINGS.CATEGORY)
                .doUpdate().set(NOTIFICATION_SETTINGS.DELIVERY, delivery)
                .execute();
    }

    /** Makes sure a digest is due for each account, at {@code dueAt} unless one is due already. */
    void scheduleDigests(Collection<AccountId> accounts, Instant dueAt) {
        var ids = accounts.stream().distinct().toList();
        for (var chunk : Chunks.of(ids, Chunks.ROWS)) {
            var insert = sql.insertInto(NOTIFICATION_DIGESTS, NOTIFICATION_DIGESTS.ACCOUNT_ID,
                    NOTIFICATION_DIGESTS.DUE_AT);
            for (var account : chunk) {
                insert = insert.values(account, dueAt);
            }
            insert.onConflictDoNothing().execute();
        }
    }

    /**
     * Takes up to {@code limit} digests that are due, skipping those another instance is taking: the caller's
     * transaction holds them until it commits, so each digest is sent once.
     */
    List<AccountId> takeDueDigests(Instant now, int limit) {
        var due = select(NOTIFICATION_DIGESTS.ACCOUNT_ID).from(NOTIFICATION_DIGESTS)
                .where(NOTIFICATION_DIGESTS.DUE_AT.le(now))
                .orderBy(NOTIFICATION_DIGESTS.DUE_AT)
                .limit(limit)
                .forUpdate().skipLocked();
        return sql.deleteFrom(NOTIFICATION_DIGESTS)
                .where(SkipLockedClaims.claimed(NOTIFICATION_DIGESTS.ACCOUNT_ID, due))
                .returningResult(NOTIFICATION_DIGESTS.ACCOUNT_ID)
                .fetch(row -> row.value1());
    }

    /** The notifications waiting for the account's digest, oldest first, no longer waiting once read here. */
    List<Notification> takeDigestItems(AccountId account) {
        return sql.update(NOTIFICATIONS).set(NOTIFICATIONS.DIGEST_DUE, false)
                .where(NOTIFICATIONS.ACCOUNT_ID.eq(account).and(NOTIFICATIONS.DIGEST_DUE))
                .returning()
                .fetch().stream().map(JdbcNotifications::notification)
                .sorted(Comparator.comparing(Notification::createdAt)).toList();
    }

    List<Notification> all(AccountId account) {
        return sql.selectFrom(NOTIFICATIONS).where(NOTIFICATIONS.ACCOUNT_ID.eq(account))
                .orderBy(NOTIFICATIONS.CREATED_AT.desc(), NOTIFICATIONS.ID.desc())
                .fetch(JdbcNotifications::notification);
    }

    void eraseAllOf(AccountId account) {
        sql.deleteFrom(NOTIFICATION_DIGESTS).where(NOTIFICATION_DIGESTS.ACCOUNT_ID.eq(account)).execute();
        sql.deleteFrom(NOTIFICATION_SETTINGS).where(NOTIFICATION_SETTINGS.ACCOUNT_ID.eq(account)).execute();
        sql.deleteFrom(NOTIFICATIONS).where(NOTIFICATIONS.ACCOUNT_ID.eq(account)).execute();
    }

    private static Notification notification(NotificationsRecord row) {
        return new Notification(row.getId(), row.getAccountId(), row.getKind(), row.getTitle(), row.getBody(),
                Optional.ofNullable(row.getLink()), Optional.ofNullable(row.getEventId()), row.getCreatedAt(),
                Optional.ofNullable(row.getReadAt()));
    }
}
