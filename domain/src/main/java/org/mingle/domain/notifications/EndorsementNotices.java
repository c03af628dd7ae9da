package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.mingle.domain.endorsements.EndorsementGiven;
import org.mingle.domain.endorsements.EndorsementService;
import org.mingle.domain.mail.Words;

/**
 * Tells a person that someone endorsed them ({@link NotificationKind#ENDORSEMENT_RECEIVED}, in the category
 * ENDORSEMENTS: the daily digest unless they chose otherwise), in the endorsing transaction, with a link to the page
 * where they approve or hide it. The note stays on that page: only the endorsed person reads it before approving.
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class EndorsementNotices {

    private final NotificationService notifications;

    EndorsementNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void endorsementGiven(EndorsementGiven given) {
        String topics = String.join(", ", given.topics());
        notifications.send(new NewNotification(given.endorsed(), NotificationKind.ENDORSEMENT_RECEIVED,
                Words.of("endorsement.title", given.endorserName()),
                Words.of("endorsement.body", given.endorserName(), topics, given.eventTitle()),
                Optional.of("/" + EndorsementService.ENDORSEMENTS_PAGE), Optional.of(given.event())));
    }
}
