package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.events.EventService;
import org.mingle.domain.meetings.MeetingCheckDue;
import org.mingle.domain.meetings.MeetingMoved;
import org.mingle.domain.meetings.MeetingRequestChanged;
import org.mingle.domain.meetings.MeetingRequestStatus;
import org.mingle.domain.meetings.MeetingScheduled;
import org.mingle.domain.shared.AccountId;

/**
 * Tells the other person of a meeting request: its addressee when it is made, its sender when it is answered, both
 * when it expires unanswered; and
 * both people when their meeting gets its time and table; the proposer of a new time when the other accepts it; and
 * each of the two, ten minutes into a meeting not known to be held, "Did you meet?".
 */
@Singleton
@Requires(property = NotificationService.ENABLED, notEquals = "false")
class MeetingNotices {

    private final NotificationService notifications;
    private final EventService events;
    private final AccountService accounts;
    private final MeetingReplies replies;

    MeetingNotices(NotificationService notifications, EventService events, AccountService accounts,
                   MeetingReplies replies) {
        this.notifications = notifications;
        this.events = events;
        this.accounts = accounts;
        this.replies = replies;
    }

    @EventListener
    void meetingRequestChanged(MeetingRequestChanged changed) {
        String path = EventWords.eventPath(changed.event()) + "/my-meetings";
        String matches = path + "?tab=matches";
        switch (changed.status()) {
            case PENDING -> {
                var event = events.get(Optional.of(changed.to()), changed.event());
                notifications.send(new NewNotification(changed.to(), NotificationKind.MEETING_REQUESTED,
                        nameOf(changed.from()) + " would like to meet you",
                        "At " + event.title() + ". Accept or decline in your meeting requests.",
                        Optional.of(path), Optional.of(changed.event())).withMailActions(List.of(
                        new NewNotification.MailAction("Accept", replies.path(changed.to(), changed.event(),
                                changed.request(), MeetingRequestStatus.ACCEPTED)),
                        new NewNotification.MailAction("Decline", replies.path(changed.to(), changed.event(),
                                changed.request(), MeetingRequestStatus.DECLINED)),
                        new NewNotification.MailAction("See the requests", path))));
            }
            case ACCEPTED -> {
                var event = events.get(Optional.of(changed.from()), changed.event());
                notifications.send(new NewNotification(changed.from(), NotificationKind.MEETING_ACCEPTED,
                        nameOf(changed.to()) + " accepted your meeting request",
                        "At " + event.title() + ". Your meeting schedule shows when and where you meet.",
                        Optional.of(matches), Optional.of(changed.event())));
            }
            case DECLINED -> {
                var event = events.get(Optional.of(changed.from()), changed.event());
                // With a suggestion, the notice leads to the person suggested, opened from the event to ask them.
                notifications.send(changed.suggested() == null
                        ? new NewNotification(changed.from(), NotificationKind.MEETING_DECLINED,
                                nameOf(changed.to()) + " declined your meeting request",
                                "At " + event.title() + ". People to meet suggests others you may like to meet.",
                                Optional.of(EventWords.eventPath(changed.event()) + "/people"),
                                Optional.of(changed.event()))
                        : new NewNotification(changed.from(), NotificationKind.MEETING_DECLINED,
                                nameOf(changed.to()) + " declined your meeting request: maybe meet "
                                        + nameOf(changed.suggested()) + " instead",
                                "At " + event.title() + ". " + nameOf(changed.to()) + " thinks "
                                        + nameOf(changed.suggested()) + " may suit you better.",
                                Optional.of("/people/" + changed.suggested() + "?event=" + changed.event()),
                                Optional.of(changed.event())));
            }
            case EXPIRED -> {
                var event = events.get(Optional.of(changed.from()), changed.event());
                notifications.sendAll(List.of(
                        new NewNotification(changed.from(), NotificationKind.MEETING_REQUEST_EXPIRED,
                                "Your meeting request to " + nameOf(changed.to()) + " expired unanswered",
                                "At " + event.title() + ". It no longer counts against your open requests; People"
                                        + " to meet suggests others you may like to meet.",
                                Optional.of(EventWords.eventPath(changed.event()) + "/people"),
                                Optional.of(changed.event())),
                        new NewNotification(changed.to(), NotificationKind.MEETING_REQUEST_EXPIRED,
                                nameOf(changed.from()) + "'s meeting request expired",
                                "At " + event.title() + ". It was not answered in time; you may still ask "
                                        + nameOf(changed.from()) + " yourself.",
                                Optional.of(path), Optional.of(changed.event()))));
            }
            default -> {
                // A withdrawn request: the addressee's list simply no longer shows it.
            }
        }
    }

    @EventListener
    void meetingScheduled(MeetingScheduled scheduled) {
        var event = events.get(Optional.of(scheduled.first()), scheduled.event());
        String title = " at " + EventWords.timeOfDay(event, scheduled.startsAt()) + ", " + scheduled.table();
        String body = "At " + event.title() + ", " + EventWords.at(event, scheduled.startsAt()) + ", "
                + scheduled.table() + ". Your meeting schedule has it.";
        var link = Optional.of(EventWords.eventPath(scheduled.event()) + "/my-meetings?tab=matches");
        notifications.sendAll(List.of(
                new NewNotification(scheduled.first(), NotificationKind.MEETING_SCHEDULED,
                        "Meeting with " + nameOf(scheduled.second()) + title, body, link,
                        Optional.of(scheduled.event())),
                new NewNotification(scheduled.second(), NotificationKind.MEETING_SCHEDULED,
                        "Meeting with " + nameOf(scheduled.first()) + title, body, link,
                        Optional.of(scheduled.event()))));
    }

    @EventListener
    void meetingMoved(MeetingMoved moved) {
        var event = events.get(Optional.of(moved.proposer()), moved.event());
        notifications.send(new NewNotification(moved.proposer(), NotificationKind.MEETING_SCHEDULED,
                nameOf(moved.acceptedBy()) + " accepted your new time: " + EventWords.timeOfDay(event, moved.startsAt())
                        + ", " + moved.table(),
                "At " + event.title() + ", your meeting with " + nameOf(moved.acceptedBy()) + " is now "
                        + EventWords.at(event, moved.startsAt()) + ", " + moved.table() + ".",
                Optional.of(EventWords.eventPath(moved.event()) + "/my-meetings?tab=matches"),
                Optional.of(moved.event())));
    }

    @EventListener
    void meetingCheckDue(MeetingCheckDue due) {
        var event = events.get(Optional.of(due.person()), due.event());
        String other = nameOf(due.other());
        notifications.send(new NewNotification(due.person(), NotificationKind.MEETING_CHECK,
                "Did you meet " + other + "?",
                "Your meeting at " + EventWords.timeOfDay(event, due.startsAt()) + " at " + event.title()
                        + ". Answer \"We met\" or \"They didn't show\"; if they did not come, we suggest someone"
                        + " free now.",
                Optional.of(EventWords.eventPath(due.event()) + "/my-meetings?tab=matches&meeting=" + due.meeting()),
                Optional.of(due.event())));
    }

    private String nameOf(AccountId account) {
        return accounts.findActive(account).map(a -> a.displayName()).orElse("Someone");
    }
}
