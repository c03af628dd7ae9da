package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.registration.RegistrationChanged;

/** Tells a person what became of their registration, in the transaction that changed it. */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class RegistrationNotices {

    private final NotificationService notifications;
    private final CheckInCodeLinks codeLinks;

    RegistrationNotices(NotificationService notifications, CheckInCodeLinks codeLinks) {
        this.notifications = notifications;
        this.codeLinks = codeLinks;
    }

    @EventListener
    void registrationChanged(RegistrationChanged changed) {
        String title = changed.headline().title();
        String when = EventWords.whenAndWhere(changed.headline());
        var notice = switch (changed.change()) {
            case CONFIRMED -> notice(changed, NotificationKind.REGISTRATION_CONFIRMED,
                    "You're registered for " + title,
                    when + ". Your check-in code is on the event's page.");
            case WAITLISTED -> notice(changed, NotificationKind.REGISTRATION_WAITLISTED,
                    "You're on the waitlist for " + title,
                    changed.waitlistPosition().map(position -> "You are number " + position + ". ").orElse("")
                            + "If a seat becomes free you move up, and Mingle tells you. The event is " + when + ".");
            case PROMOTED -> notice(changed, NotificationKind.REGISTRATION_PROMOTED,
                    "A seat is yours: " + title,
                    "A seat became free and you moved up from the waitlist. The event is " + when
                            + ". If you cannot come, cancel so the next person gets the seat.");
            case APPROVED -> notice(changed, NotificationKind.REGISTRATION_APPROVED,
                    "You're in: " + title,
                    "The organizers approved your registration. The event is " + when + ".");
            case DECLINED -> notice(changed, NotificationKind.REGISTRATION_DECLINED,
                    "Your registration for " + title + " was declined",
                    "The organizers declined your registration for this event.");
        };
        if (changed.change() == RegistrationChanged.Change.CONFIRMED
                || changed.change() == RegistrationChanged.Change.PROMOTED
                || changed.change() == RegistrationChanged.Change.APPROVED) {
            // A seat: its mail opens the check-in code at the door, signed in or not.
            notice = notice.withMailActions(List.of(
                    new NewNotification.MailAction("Show my check-in code",
                            codeLinks.path(changed.account(), changed.event())),
                    new NewNotification.MailAction("Open in Mingle", EventWords.eventPath(changed.event()))));
        }
        notifications.send(notice);
    }

    private static NewNotification notice(RegistrationChanged changed, NotificationKind kind, String title,
                                          String body) {
        return new NewNotification(changed.account(), kind, title, body,
                Optional.of(EventWords.eventPath(changed.event())), Optional.of(changed.event()));
    }
}
