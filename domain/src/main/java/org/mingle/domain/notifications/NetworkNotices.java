package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.mail.Words;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationChanged;

/**
 * "When someone from my network registers for an event I attend, I can be told" (decision 48): on a seat taken
 * (confirmed, promoted or approved), the people of the registrant's network confirmed for the event are told, with the
 * registrant's own notice ({@link RegistrationNotices}). The category {@link NotificationCategory#NETWORK} is one
 * people opt into: {@link NotificationService#sendAll} leaves out everyone who has not turned it on.
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class NetworkNotices {

    private final ContactService contacts;
    private final ProfileService profiles;
    private final NotificationService notifications;

    NetworkNotices(ContactService contacts, ProfileService profiles, NotificationService notifications) {
        this.contacts = contacts;
        this.profiles = profiles;
        this.notifications = notifications;
    }

    /** Tells the registrant's network of a seat they took, in the transaction in progress. */
    void tell(RegistrationChanged changed) {
        if (changed.change() != RegistrationChanged.Change.CONFIRMED
                && changed.change() != RegistrationChanged.Change.PROMOTED
                && changed.change() != RegistrationChanged.Change.APPROVED) {
            return;
        }
        var recipients = contacts.networkGoingWith(changed.account(), changed.event());
        if (recipients.isEmpty()) {
            return;
        }
        String known = profiles.namesOf(List.of(changed.account())).get(changed.account());
        Object name = known != null ? known : Words.of("network.someone");
        String title = changed.headline().title();
        notifications.sendAll(recipients.stream().map(recipient -> new NewNotification(recipient,
                NotificationKind.NETWORK_REGISTERED, Words.of("network.going.title", name, title),
                Words.of("network.going.body", name, title, EventWords.whenAndWhere(changed.headline())),
                Optional.of("/" + ContactService.CONTACT_PAGE + "/" + changed.account()),
                Optional.of(changed.event()))).toList());
    }
}
