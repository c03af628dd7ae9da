package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.mail.Words;
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
        Words when = EventWords.whenAndWhere(changed.headline());
        var notice = switch (changed.change()) {
            case CONFIRMED -> notice(changed, NotificationKind.REGISTRATION_CONFIRMED,
                    Words.of("registration.confirmed.title", title),
                    Words.of("registration.confirmed.body", when));
            case WAITLISTED -> notice(changed, NotificationKind.REGISTRATION_WAITLISTED,
                    Words.of("registration.waitlisted.title", title),
                    changed.waitlistPosition()
                            .map(position -> Words.of("registration.waitlisted.bodyAt", position, when))
                            .orElse(Words.of("registration.waitlisted.body", when)));
            case PROMOTED -> notice(changed, NotificationKind.REGISTRATION_PROMOTED,
                    Words.of("registration.promoted.title", title),
                    Words.of("registration.promoted.body", when));
            case APPROVED -> notice(changed, NotificationKind.REGISTRATION_APPROVED,
                    Words.of("registration.approved.title", title),
                    Words.of("registration.approved.body", when));
            case DECLINED -> notice(changed, NotificationKind.REGISTRATION_DECLINED,
                    Words.of("registration.declined.title", title),
                    Words.of("registration.declined.body"));
        };
        if (changed.change() == RegistrationChanged.Change.CONFIRMED
                || changed.change() == RegistrationChanged.Change.PROMOTED
                || changed.change() == RegistrationChanged.Change.APPROVED) {
            // A seat: its mail opens the check-in code at the door, signed in or not.
            notice = notice.withMailActions(List.of(
                    new NewNotification.MailAction(Words.of("mail.action.checkInCode"),
                            codeLinks.path(changed.account(), changed.event())),
                    new NewNotification.MailAction(Words.of("mail.action.open"),
                            EventWords.eventPath(changed.event()))));
        }
        notifications.send(notice);
    }

    private static NewNotification notice(RegistrationChanged changed, NotificationKind kind, Words title,
                                          Words body) {
        return new NewNotification(changed.account(), kind, title, body,
                Optional.of(EventWords.eventPath(changed.event())), Optional.of(changed.event()));
    }
}
