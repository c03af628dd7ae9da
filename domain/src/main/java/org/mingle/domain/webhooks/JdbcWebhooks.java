package org.mingle.domain.webhooks;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.mingle.db.jooq.Tables.WEBHOOKS;
import static org.mingle.db.jooq.Tables.WEBHOOK_ATTEMPTS;
import static org.mingle.db.jooq.Tables.WEBHOOK_DELIVERIES;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.mingle.db.jooq.tables.records.WebhookAttemptsRecord;
import org.mingle.db.jooq.tables.records.WebhookDeliveriesRecord;
import org.mingle.db.jooq.tables.records.WebhooksRecord;
import org.mingle.domain.events.EventId;
import org.mingle.domain.infrastructure.SkipLockedClaims;
import org.mingle.domain.shared.Backlog;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/** Webhooks, their deliveries and the deliveries' attempts in PostgreSQL. */
@Singleton
class JdbcWebhooks {

    private final DSLContext sql;

    JdbcWebhooks(DSLContext sql) {
        this.sql = sql;
    }

    void insert(Webhook webhook, String secret) {
        sql.insertInto(WEBHOOKS)
                .set(WEBHOOKS.ID, webhook.id())
                .set(WEBHOOKS.EVENT_ID, webhook.event())
                .set(WEBHOOKS.URL, webhook.url())
                .set(WEBHOOKS.TYPES, webhook.types().toArray(WebhookType[]::new))
                .set(WEBHOOKS.SECRET, secret)
                .set(WEBHOOKS.CREATED_AT, webhook.createdAt())
                .execute();
    }

    int countAt(EventId event) {
        return sql.fetchCount(WEBHOOKS, WEBHOOKS.EVENT_ID.eq(event));
    }

    Page<Webhook> at(EventId event, PageRequest page) {
        var items = sql.selectFrom(WEBHOOKS).where(WEBHOOKS.EVENT_ID.eq(event))
                .orderBy(WEBHOOKS.CREATED_AT, WEBHOOKS.ID)
                .limit(page.size()).offset(page.offset())
                .fetch(JdbcWebhooks::webhook);
        return new Page<>(items, page.page(), page.size(), countAt(event));
    }

    Optional<Webhook> find(EventId event, WebhookId id) {
        return sql.selectFrom(WEBHOOKS).where(WEBHOOKS.ID.eq(id).and(WEBHOOKS.EVENT_ID.eq(event)))
                .fetchOptional(JdbcWebhooks::webhook);
    }

    /** Deletes the webhook with its deliveries (those not yet sent are never sent). */
    boolean delete(EventId event, WebhookId id) {
        return sql.deleteFrom(WEBHOOKS).where(WEBHOOKS.ID.eq(id).and(WEBHOOKS.EVENT_ID.eq(event))).execute() > 0;
    }

    /** The event's webhooks subscribed to the type. */
    List<WebhookId> subscribers(EventId event, WebhookType type) {
        return sql.select(WEBHOOKS.ID).from(WEBHOOKS)
                .where(WEBHOOKS.EVENT_ID.eq(event).and(WEBHOOKS.TYPES.contains(new WebhookType[] {type})))
                .fetch(WEBHOOKS.ID);
    }

    /** One queued delivery of the change per webhook, in one statement. */
    void enqueue(Collection<WebhookId> webhooks, WebhookType type, String data, Instant now) {
        var insert = sql.insertInto(WEBHOOK_DELIVERIES, WEBHOOK_DELIVERIES.ID, WEBHOOK_DELIVERIES.WEBHOOK_ID,
                WEBHOOK_DELIVERIES.TYPE, WEBHOOK_DELIVERIES.DATA, WEBHOOK_DELIVERIES.STATE,
                WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, WEBHOOK_DELIVERIES.CREATED_AT);
        for (WebhookId webhook : webhooks) {
            insert = insert.values(WebhookDeliveryId.newId(), webhook, type, data, DeliveryState.QUEUED, now, now);
        }
        insert.execute();
    }

    /** The deliveries waiting for their first or next attempt: one statement over the partial index of them. */
    Backlog backlog() {
        var row = sql.select(count(), min(WEBHOOK_DELIVERIES.CREATED_AT)).from(WEBHOOK_DELIVERIES)
                .where(WEBHOOK_DELIVERIES.STATE.eq(DeliveryState.QUEUED)).fetchOne();
        return row == null ? Backlog.empty() : new Backlog(row.value1(), Optional.ofNullable(row.value2()));
    }

    /**
     * Claims up to {@code limit} deliveries that are due, oldest first, skipping those another worker holds, counts
     * the attempt and moves their next attempt to {@code leaseEnd}: until then no other worker takes them, and if this
     * worker dies they fall due again then. One statement, so the claim commits on its own.
     */
    List<DueDelivery> claimDue(Instant now, Instant leaseEnd, int limit) {
        var due = select(WEBHOOK_DELIVERIES.ID).from(WEBHOOK_DELIVERIES)
                .where(WEBHOOK_DELIVERIES.STATE.eq(DeliveryState.QUEUED)
                        .and(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT.le(now)))
                .orderBy(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT)
                .limit(limit)
                .forUpdate().skipLocked();
        return sql.update(WEBHOOK_DELIVERIES)
                .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, leaseEnd)
                .set(WEBHOOK_DELIVERIES.ATTEMPTS, WEBHOOK_DELIVERIES.ATTEMPTS.plus(1))
                .from(WEBHOOKS)
                .where(SkipLockedClaims.claimed(WEBHOOK_DELIVERIES.ID, due).and(WEBHOOKS.ID.eq(WEBHOOK_DELIVERIES.WEBHOOK_ID)))
                .returningResult(WEBHOOK_DELIVERIES.ID, WEBHOOK_DELIVERIES.TYPE, WEBHOOK_DELIVERIES.DATA,
                        WEBHOOK_DELIVERIES.CREATED_AT, WEBHOOK_DELIVERIES.ATTEMPTS, WEBHOOKS.URL, WEBHOOKS.SECRET)
                .fetch(mapping(DueDelivery::new)).stream()
                .sorted(Comparator.comparing(DueDelivery::createdAt)).toList();
    }

    void recordAttempt(WebhookDeliveryId delivery, int attempt, Instant at, Answer answer) {
        sql.insertInto(WEBHOOK_ATTEMPTS)
                .set(WEBHOOK_ATTEMPTS.DELIVERY_ID, delivery)
                .set(WEBHOOK_ATTEMPTS.ATTEMPT, attempt)
                .set(WEBHOOK_ATTEMPTS.ATTEMPTED_AT, at)
                .set(WEBHOOK_ATTEMPTS.STATUS_CODE, answer.statusCode().orElse(null))
                .set(WEBHOOK_ATTEMPTS.ERROR, answer.error().orElse(null))
                .set(WEBHOOK_ATTEMPTS.RESPONSE_BODY, answer.body().orElse(null))
                .onConflictDoNothing()
                .execute();
    }

    void finish(WebhookDeliveryId delivery, DeliveryState state, Instant now) {
        sql.update(WEBHOOK_DELIVERIES)
                .set(WEBHOOK_DELIVERIES.STATE, state)
                .set(WEBHOOK_DELIVERIES.FINISHED_AT, now)
                .where(WEBHOOK_DELIVERIES.ID.eq(delivery))
                .execute();
    }

    void retryAt(WebhookDeliveryId delivery, Instant next) {
        sql.update(WEBHOOK_DELIVERIES)
                .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, next)
                .where(WEBHOOK_DELIVERIES.ID.eq(delivery))
                .execute();
    }

    /** Gives a claimed delivery back without counting the attempt, for a batch cut short before its turn. */
    void release(WebhookDeliveryId delivery, Instant now) {
        sql.update(WEBHOOK_DELIVERIES)
                .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, now)
                .set(WEBHOOK_DELIVERIES.ATTEMPTS, WEBHOOK_DELIVERIES.ATTEMPTS.minus(1))
                .where(WEBHOOK_DELIVERIES.ID.eq(delivery))
                .execute();
    }

    /** The webhook's deliveries, newest first, each with its attempts. */
    Page<DeliveryLog> deliveries(WebhookId webhook, PageRequest page) {
        var rows = sql.selectFrom(WEBHOOK_DELIVERIES).where(WEBHOOK_DELIVERIES.WEBHOOK_ID.eq(webhook))
                .orderBy(WEBHOOK_DELIVERIES.CREATED_AT.desc(), WEBHOOK_DELIVERIES.ID)
                .limit(page.size()).offset(page.offset())
                .fetch();
        var ids = rows.stream().map(WebhookDeliveriesRecord::getId).toList();
        var attempts = ids.isEmpty() ? Map.<WebhookDeliveryId, List<DeliveryAttempt>>of()
                : sql.selectFrom(WEBHOOK_ATTEMPTS).where(WEBHOOK_ATTEMPTS.DELIVERY_ID.in(ids))
                .orderBy(WEBHOOK_ATTEMPTS.ATTEMPT)
                .fetch().stream()
                .collect(Collectors.groupingBy(WebhookAttemptsRecord::getDeliveryId,
                        Collectors.mapping(JdbcWebhooks::attempt, Collectors.toList())));
        var items = rows.stream().map(row -> new DeliveryLog(row.getId(), row.getType(), row.getState(),
                row.getCreatedAt(),
                row.getState() == DeliveryState.QUEUED ? Optional.of(row.getNextAttemptAt()) : Optional.empty(),
                Optional.ofNullable(row.getFinishedAt()), attempts.getOrDefault(row.getId(), List.of()))).toList();
        long total = sql.fetchCount(WEBHOOK_DELIVERIES, WEBHOOK_DELIVERIES.WEBHOOK_ID.eq(webhook));
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Forgets deliveries that finished before the instant, with their attempts. */
    int deleteFinishedBefore(Instant before) {
        return sql.deleteFrom(WEBHOOK_DELIVERIES).where(WEBHOOK_DELIVERIES.FINISHED_AT.lt(before)).execute();
    }

    private static Webhook webhook(WebhooksRecord row) {
        return new Webhook(row.getId(), row.getEventId(), row.getUrl(), Arrays.asList(row.getTypes()),
                row.getCreatedAt());
    }

    private static DeliveryAttempt attempt(WebhookAttemptsRecord row) {
        return new DeliveryAttempt(row.getAttempt(), row.getAttemptedAt(), Optional.ofNullable(row.getStatusCode()),
                Optional.ofNullable(row.getError()), Optional.ofNullable(row.getResponseBody()));
    }
}
