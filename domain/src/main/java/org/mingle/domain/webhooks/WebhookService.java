package org.mingle.domain.webhooks;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.Backlog;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;
import org.mingle.domain.shared.RuleViolationException;

/**
 * Webhooks: an event's organizers (owner and co-organizers) have Mingle post the changes at their event to their own
 * systems. The feature's entry point for API and UI; the changes themselves arrive through the domain events the
 * other features publish (see {@link WebhookTriggers}).
 */
@Singleton
public class WebhookService {

    /** Every change at an event writes one delivery per subscribed webhook: this keeps that cost small. */
    static final int MAX_PER_EVENT = 20;

    private final JdbcWebhooks store;
    private final EventService events;
    private final WebhookSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    WebhookService(JdbcWebhooks store, EventService events, WebhookSettings settings,
                   TransactionOperations<Connection> transactions, Clock clock) {
        this.store = store;
        this.events = events;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Subscribes an address to kinds of change at the event. The address is checked (and its host resolved) before
     * the write transaction opens, so a slow name server keeps no transaction waiting.
     *
     * @param types the {@linkplain WebhookType#wireName() names} of the kinds, such as {@code registration.created}
     * @throws InvalidInputException  naming the url or types when either is refused
     * @throws AccessDeniedException  when the actor may see the event but does not organize it
     * @throws RuleViolationException when the event has {@value #MAX_PER_EVENT} webhooks already
     */
    public CreatedWebhook create(AccountId actor, EventId event, String url, List<String> types) {
        requireOrganizer(actor, event);
        var checked = check(url, types);
        var webhook = new Webhook(WebhookId.newId(), event, url, checked,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        String secret = Signatures.newSecret();
        return transactions.executeWrite(status -> {
            if (store.countAt(event) >= MAX_PER_EVENT) {
                throw new RuleViolationException("An event can have at most " + MAX_PER_EVENT + " webhooks.");
            }
            store.insert(webhook, secret);
            return new CreatedWebhook(webhook, secret);
        });
    }

    /** The event's webhooks, oldest first, without their secrets. */
    @ReadOnly
    public Page<Webhook> list(AccountId actor, EventId event, PageRequest page) {
        requireOrganizer(actor, event);
        return store.at(event, page);
    }

    /** Removes a webhook; what it has not been sent yet is never sent. */
    @Transactional
    public void delete(AccountId actor, EventId event, WebhookId webhook) {
        requireOrganizer(actor, event);
        if (!store.delete(event, webhook)) {
            throw new WebhookNotFoundException();
        }
    }

    /** The webhook's deliveries, newest first, with every attempt and what the receiver answered. */
    @ReadOnly
    public Page<DeliveryLog> deliveries(AccountId actor, EventId event, WebhookId webhook, PageRequest page) {
        requireOrganizer(actor, event);
        store.find(event, webhook).orElseThrow(WebhookNotFoundException::new);
        return store.deliveries(webhook, page);
    }

    /**
     * The deliveries waiting to be posted (first attempt or a retry), and since when the oldest waits: for metrics.
     * It grows while receivers are away or the workers fall behind.
     */
    @ReadOnly
    public Backlog backlog() {
        return store.backlog();
    }

    private List<WebhookType> check(String url, List<String> types) {
        List<FieldError> errors = new ArrayList<>();
        var form = WebhookAddresses.formProblem(url);
        if (form.isPresent()) {
            errors.add(new FieldError("url", form.get()));
        } else if (!settings.allowPrivate()) {
            try {
                WebhookAddresses.refusal(URI.create(url)).ifPresent(reason -> errors.add(new FieldError("url", reason)));
            } catch (WebhookAddresses.Unresolvable unresolvable) {
                errors.add(new FieldError("url", "cannot be reached: " + unresolvable.getMessage()));
            }
        }
        var kinds = new LinkedHashSet<WebhookType>();
        if (types == null || types.isEmpty()) {
            errors.add(new FieldError("types", "must name at least one kind of change"));
        } else {
            for (String name : types) {
                Optional<WebhookType> type = name == null ? Optional.empty() : WebhookType.fromWireName(name);
                if (type.isEmpty()) {
                    errors.add(new FieldError("types", "must contain only " + String.join(", ",
                            Arrays.stream(WebhookType.values()).map(WebhookType::wireName).toList())));
                    break;
                }
                kinds.add(type.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(kinds);
    }

    private void requireOrganizer(AccountId actor, EventId event) {
        var found = events.get(Optional.of(actor), event);
        var role = events.roleOf(Optional.of(actor), event);
        EventAccess.require(EventAccess.canManage(role), found, role,
                "Only the event's organizers can manage its webhooks.");
    }
}
