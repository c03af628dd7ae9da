package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.events.EventService;
import org.mingle.domain.events.TeamMemberAdded;
import org.mingle.domain.mail.Words;

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
        Object by = accounts.findActive(added.addedBy()).<Object>map(a -> a.displayName())
                .orElse(Words.of("team.theOwner"));
        notifications.send(new NewNotification(added.member(), NotificationKind.TEAM_INVITATION,
                Words.of("team.added.title", event.title()),
                Words.of("team.added.body", by, event.title(), EventWords.whenAndWhere(event),
                        Words.of("role." + added.role().name())),
                Optional.of(EventWords.eventPath(added.event()) + "/manage"), Optional.of(added.event())));
    }
}
