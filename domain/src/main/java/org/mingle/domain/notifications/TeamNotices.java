package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TeamMemberAdded;

/**
 * Tells someone the owner put them on an event's team ({@link NotificationKind#TEAM_INVITATION}), with a link to the
 * event's dashboard, in the transaction that gave the role. People without an account get a mail from the events
 * feature instead: they have no notifications yet.
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class TeamNotices {

    private final NotificationService notifications;
    private final EventService events;
    private final AccountService accounts;

    TeamNotices(NotificationService notifications, EventService events, AccountService accounts) {
        this.notifications = notifications;
        this.events = events;
        this.accounts = accounts;
    }

    @EventListener
    void teamMemberAdded(TeamMemberAdded added) {
        var event = events.get(Optional.of(added.member()), added.event());
        String by = accounts.findActive(added.addedBy()).map(a -> a.displayName()).orElse("The owner");
        notifications.send(new NewNotification(added.member(), NotificationKind.TEAM_INVITATION,
                "You're on the team of " + event.title(),
                by + " added you to the team of " + event.title() + " (" + EventWords.whenAndWhere(event) + "), as "
                        + added.role().inWords() + ". The event's dashboard is where the team works.",
                Optional.of(EventWords.eventPath(added.event()) + "/manage"), Optional.of(added.event())));
    }
}
