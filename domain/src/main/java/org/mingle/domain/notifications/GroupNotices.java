package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.mingle.domain.events.EventPublished;
import org.mingle.domain.events.EventService;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.mail.Words;

/**
 * Tells a group's members of each event the group publishes ({@link NotificationKind#GROUP_EVENT_PUBLISHED}, in the
 * category GROUPS: the daily digest unless they chose otherwise), in the publishing transaction, all at once. The
 * person who published it is not told of their own event.
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class GroupNotices {

    private final NotificationService notifications;
    private final EventService events;
    private final GroupService groups;

    GroupNotices(NotificationService notifications, EventService events, GroupService groups) {
        this.notifications = notifications;
        this.events = events;
        this.groups = groups;
    }

    @EventListener
    void eventPublished(EventPublished published) {
        var groupId = published.group();
        var group = groupId.flatMap(groups::forItsMembers);
        if (group.isEmpty()) {
            return;
        }
        var event = events.forItsRegistrants(published.event());
        var path = Optional.of(EventWords.eventPath(event.id()));
        var title = Words.of("group.published.title", group.get().name(), event.title());
        var body = Words.of("group.published.body", group.get().name(), event.title(),
                EventWords.whenAndWhere(event));
        notifications.sendAll(groups.belonging(group.get().id()).stream()
                .filter(member -> !event.isOwnedBy(member))
                .map(member -> new NewNotification(member, NotificationKind.GROUP_EVENT_PUBLISHED, title, body, path,
                        Optional.of(event.id())))
                .toList());
    }
}
