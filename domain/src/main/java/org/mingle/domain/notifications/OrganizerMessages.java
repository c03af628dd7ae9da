package org.mingle.domain.notifications;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mingle.domain.events.EventAccess;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.mail.MailOutbox;
import org.mingle.domain.mail.MailState;
import org.mingle.domain.mail.Words;
import org.mingle.domain.registration.RegistrationFilter;
import org.mingle.domain.registration.RegistrationId;
import org.mingle.domain.registration.RegistrationService;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/**
 * Organizers telling an event's registrants something ("the venue moved to the second floor"): one notification to
 * each recipient, mailed as each chose, all written in one transaction with the message, which the dashboard lists
 * with its delivery counts. At most {@value #PER_HOUR} messages per event and hour, so a slip cannot flood people.
 */
@Singleton
public class OrganizerMessages {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 5000;
    static final int PER_HOUR = 5;

    private final JdbcOrganizerMessages store;
    private final NotificationService notifications;
    private final EventService events;
    private final RegistrationService registrations;
    private final MailOutbox mail;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    OrganizerMessages(JdbcOrganizerMessages store, NotificationService notifications, EventService events,
                      RegistrationService registrations, MailOutbox mail,
                      TransactionOperations<Connection> transactions, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.events = events;
        this.registrations = registrations;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Sends the message to the audience's registrants as they are now.
     *
     * @throws InvalidInputException  naming {@code subject}, {@code body} or {@code audience}
     * @throws AccessDeniedException  unless the actor organizes the event (owner or co-organizer)
     * @throws MessageLimitException  past {@value #PER_HOUR} messages of the event within an hour
     */
    public OrganizerMessage send(AccountId actor, EventId eventId, String subject, String body, Audience audience) {
        if (audience == Audience.SELECTED) {
            throw InvalidInputException.of("audience", "must be CONFIRMED, WAITLISTED or ALL");
        }
        return deliver(actor, eventId, subject, body, audience, () -> recipients(actor, eventId, audience));
    }

    /**
     * Sends the message to the people behind the chosen registrations whose registration is active, with the same
     * checks and the same hourly limit as {@link #send}; the dashboard lists it as sent to the selected.
     *
     * @throws InvalidInputException for {@code registrations} when none, or more than
     *                               {@value RegistrationService#BULK_MAX}, are chosen
     */
    public OrganizerMessage sendToSelected(AccountId actor, EventId eventId, String subject, String body,
                                           Collection<RegistrationId> chosen) {
        return deliver(actor, eventId, subject, body, Audience.SELECTED,
                () -> registrations.activeAccountsOf(actor, eventId, chosen));
    }

    private OrganizerMessage deliver(AccountId actor, EventId eventId, String subject, String body, Audience audience,
                                     Supplier<List<AccountId>> audienceNow) {
        var errors = new ArrayList<FieldError>();
        String cleanSubject = subject == null ? "" : subject.strip();
        String cleanBody = body == null ? "" : body.strip();
        if (cleanSubject.isEmpty()) {
            errors.add(FieldError.required("subject"));
        } else {
            TextRules.check("subject", cleanSubject, SUBJECT_MAX, Lines.SINGLE, errors);
        }
        if (cleanBody.isEmpty()) {
            errors.add(FieldError.required("body"));
        } else {
            TextRules.check("body", cleanBody, BODY_MAX, Lines.MULTIPLE, errors);
        }
        if (audience == null) {
            errors.add(new FieldError("audience", "is required: CONFIRMED, WAITLISTED or ALL"));
        }
        var event = events.get(Optional.of(actor), eventId);
        if (!EventAccess.canManage(events.roleOf(Optional.of(actor), eventId))) {
            throw new AccessDeniedException("Only the event's organizers can message its registrants.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return transactions.executeWrite(status -> {
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            store.lockEvent(eventId);
            store.oldestOfLast(eventId, now.minus(Duration.ofHours(1)), PER_HOUR).ifPresent(oldest -> {
                throw new MessageLimitException(PER_HOUR, Duration.between(now, oldest.plus(Duration.ofHours(1))));
            });
            var recipients = audienceNow.get();
            var message = new OrganizerMessage(OrganizerMessageId.newId(), eventId, actor, cleanSubject, cleanBody,
                    audience, recipients.size(), now);
            store.insert(message);
            notifications.sendAll(recipients.stream().map(recipient -> new NewNotification(recipient,
                            NotificationKind.ORGANIZER_MESSAGE, Words.literal(cleanSubject),
                            Words.of("organizerMessage.body", event.title(), cleanBody),
                            Optional.of(EventWords.eventPath(eventId)), Optional.of(eventId))
                    .withReference(message.id().value())).toList());
            return message;
        });
    }

    /** The event's messages, newest first, with their delivery counts; for the event's organizers. */
    @ReadOnly
    public List<MessageDelivery> sent(AccountId actor, EventId eventId) {
        events.get(Optional.of(actor), eventId);
        if (!EventAccess.canManage(events.roleOf(Optional.of(actor), eventId))) {
            throw new AccessDeniedException("Only the event's organizers can see its messages.");
        }
        return store.of(eventId).stream().map(message -> {
            var counts = mail.countsFor(message.id().value());
            return new MessageDelivery(message, counts.get(MailState.SENT), counts.get(MailState.QUEUED),
                    counts.get(MailState.FAILED));
        }).toList();
    }

    private List<AccountId> recipients(AccountId actor, EventId event, Audience audience) {
        var statuses = switch (audience) {
            case CONFIRMED -> List.of(RegistrationStatus.CONFIRMED);
            case WAITLISTED -> List.of(RegistrationStatus.WAITLISTED);
            case ALL -> List.copyOf(RegistrationStatus.ACTIVE);
            case SELECTED -> throw new IllegalArgumentException("the selected are chosen by registration");
        };
        var recipients = new ArrayList<AccountId>();
        registrations.forEach(actor, event, RegistrationFilter.all(), registration -> {
            if (statuses.contains(registration.status())) {
                recipients.add(registration.accountId());
            }
        });
        return recipients;
    }
}
