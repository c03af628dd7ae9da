package org.mingle.domain.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.events.EventService;
import org.mingle.domain.mail.Words;
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
                        Words.of("meeting.requested.title", nameOf(changed.from())),
                        Words.of("meeting.requested.body", event.title()),
                        Optional.of(path), Optional.of(changed.event())).withMailActions(List.of(
                        new NewNotification.MailAction(Words.of("meeting.action.accept"), replies.path(changed.to(),
                                changed.event(), changed.request(), MeetingRequestStatus.ACCEPTED)),
                        new NewNotification.MailAction(Words.of("meeting.action.decline"), replies.path(changed.to(),
                                changed.event(), changed.request(), MeetingRequestStatus.DECLINED)),
                        new NewNotification.MailAction(Words.of("meeting.action.requests"), path))));
            }
            case ACCEPTED -> {
                var event = events.get(Optional.of(changed.from()), changed.event());
                notifications.send(new NewNotification(changed.from(), NotificationKind.MEETING_ACCEPTED,
                        Words.of("meeting.accepted.title", nameOf(changed.to())),
                        Words.of("meeting.accepted.body", event.title()),
                        Optional.of(matches), Optional.of(changed.event())));
            }
            case DECLINED -> {
                var event = events.get(Optional.of(changed.from()), changed.event());
                // With a suggestion, the notice leads to the person suggested, opened from the event to ask them.
                notifications.send(changed.suggested() == null
                        ? new NewNotification(changed.from(), NotificationKind.MEETING_DECLINED,
                                Words.of("meeting.declined.title", nameOf(changed.to())),
                                Words.of("meeting.declined.body", event.title()),
                                Optional.of(EventWords.eventPath(changed.event()) + "/people"),
                                Optional.of(changed.event()))
                        : new NewNotification(changed.from(), NotificationKind.MEETING_DECLINED,
                                Words.of("meeting.declinedSuggesting.title", nameOf(changed.to()),
                                        nameOf(changed.suggested())),
                                Words.of("meeting.declinedSuggesting.body", event.title(), nameOf(changed.to()),
                                        nameOf(changed.suggested())),
                                Optional.of("/people/" + changed.suggested() + "?event=" + changed.event()),
                                Optional.of(changed.event())));
            }
            case EXPIRED -> {
                var event = events.get(Optional.of(changed.from()), changed.event());
                notifications.sendAll(List.of(
                        new NewNotification(changed.from(), NotificationKind.MEETING_REQUEST_EXPIRED,
                                Words.of("meeting.expiredSent.title", nameOf(changed.to())),
                                Words.of("meeting.expiredSent.body", event.title()),
                                Optional.of(EventWords.eventPath(changed.event()) + "/people"),
                                Optional.of(changed.event())),
                        new NewNotification(changed.to(), NotificationKind.MEETING_REQUEST_EXPIRED,
                                Words.of("meeting.expiredReceived.title", nameOf(changed.from())),
                                Words.of("meeting.expiredReceived.body", event.title(), nameOf(changed.from())),
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
        var time = EventWords.timeOfDay(event, scheduled.startsAt());
        var body = Words.of("meeting.scheduled.body", event.title(), EventWords.at(event, scheduled.startsAt()),
                scheduled.table());
        var link = Optional.of(EventWords.eventPath(scheduled.event()) + "/my-meetings?tab=matches");
        notifications.sendAll(List.of(
                new NewNotification(scheduled.first(), NotificationKind.MEETING_SCHEDULED,
                        Words.of("meeting.scheduled.title", nameOf(scheduled.second()), time, scheduled.table()),
                        body, link,
                        Optional.of(scheduled.event())),
                new NewNotification(scheduled.second(), NotificationKind.MEETING_SCHEDULED,
                        Words.of("meeting.scheduled.title", nameOf(scheduled.first()), time, scheduled.table()),
                        body, link,
                        Optional.of(scheduled.event()))));
    }

    @EventListener
    void meetingMoved(MeetingMoved moved) {
        var event = events.get(Optional.of(moved.proposer()), moved.event());
        notifications.send(new NewNotification(moved.proposer(), NotificationKind.MEETING_SCHEDULED,
                Words.of("meeting.moved.title", nameOf(moved.acceptedBy()),
                        EventWords.timeOfDay(event, moved.startsAt()), moved.table()),
                Words.of("meeting.moved.body", event.title(), nameOf(moved.acceptedBy()),
                        EventWords.at(event, moved.startsAt()), moved.table()),
                Optional.of(EventWords.eventPath(moved.event()) + "/my-meetings?tab=matches"),
                Optional.of(moved.event())));
    }

    @EventListener
    void meetingCheckDue(MeetingCheckDue due) {
        var event = events.get(Optional.of(due.person()), due.event());
        Object other = nameOf(due.other());
        notifications.send(new NewNotification(due.person(), NotificationKind.MEETING_CHECK,
                Words.of("meeting.check.title", other),
                Words.of("meeting.check.body", EventWords.timeOfDay(event, due.startsAt()), event.title()),
                Optional.of(EventWords.eventPath(due.event()) + "/my-meetings?tab=matches&meeting=" + due.meeting()),
                Optional.of(due.event())));
    }

    private Object nameOf(AccountId account) {
        return accounts.findActive(account).<Object>map(a -> a.displayName()).orElse(Words.of("someone"));
    }
}
