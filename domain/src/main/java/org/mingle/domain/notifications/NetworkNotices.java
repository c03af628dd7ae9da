package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mingle.domain.contacts.ContactService;
import org.mingle.domain.mail.Words;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.registration.RegistrationChanged;
import org.mingle.domain.shared.AccountId;

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

    /**
     * Tells each registrant's network of the seats they took, in the transaction in progress: a query or two for each
     * event among the changes, whatever their number, and one more for the names when someone is told.
     */
    void tell(List<RegistrationChanged> changes) {
        var seatsTaken = changes.stream().filter(changed -> changed.change() == RegistrationChanged.Change.CONFIRMED
                        || changed.change() == RegistrationChanged.Change.PROMOTED
                        || changed.change() == RegistrationChanged.Change.APPROVED)
                .collect(Collectors.groupingBy(RegistrationChanged::event, LinkedHashMap::new, Collectors.toList()));
        var told = new ArrayList<Telling>();
        seatsTaken.forEach((event, seats) -> {
            var networks = contacts.networkGoingWith(seats.stream().map(RegistrationChanged::account).toList(), event);
            seats.stream().filter(changed -> networks.containsKey(changed.account()))
                    .forEach(changed -> told.add(new Telling(changed, networks.get(changed.account()))));
        });
        if (told.isEmpty()) {
            return;
        }
        var names = profiles.namesOf(told.stream().map(telling -> telling.changed().account()).distinct().toList());
        notifications.sendAll(told.stream().flatMap(telling -> {
            var changed = telling.changed();
            String known = names.get(changed.account());
            Object name = known != null ? known : Words.of("network.someone");
            String title = changed.headline().title();
            return telling.recipients().stream().map(recipient -> new NewNotification(recipient,
                    NotificationKind.NETWORK_REGISTERED, Words.of("network.going.title", name, title),
                    Words.of("network.going.body", name, title, EventWords.whenAndWhere(changed.headline())),
                    Optional.of("/" + ContactService.CONTACT_PAGE + "/" + changed.account()),
                    Optional.of(changed.event())));
        }).toList());
    }

    /** A seat taken, and the registrant's network to tell of it. */
    private record Telling(RegistrationChanged changed, List<AccountId> recipients) {
    }
}
