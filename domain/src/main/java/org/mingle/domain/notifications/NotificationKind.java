package org.mingle.domain.notifications;

/** What a notification is about; its category decides how it is delivered. */
public enum NotificationKind {
    REGISTRATION_CONFIRMED(NotificationCategory.REGISTRATION),
    REGISTRATION_WAITLISTED(NotificationCategory.REGISTRATION),
    REGISTRATION_PROMOTED(NotificationCategory.REGISTRATION),
    REGISTRATION_APPROVED(NotificationCategory.REGISTRATION),
    REGISTRATION_DECLINED(NotificationCategory.REGISTRATION),
    EVENT_CHANGED(NotificationCategory.EVENT_UPDATES),
    EVENT_CANCELLED(NotificationCategory.EVENT_UPDATES),
    EVENT_REMINDER(NotificationCategory.REMINDERS),
    MEETING_REQUESTED(NotificationCategory.MEETINGS),
    MEETING_ACCEPTED(NotificationCategory.MEETINGS),
    MEETING_DECLINED(NotificationCategory.MEETINGS),
    MEETING_SCHEDULED(NotificationCategory.MEETINGS),
    /** To both people: a request nobody answered in the event's time for answers. */
    MEETING_REQUEST_EXPIRED(NotificationCategory.MEETINGS),
    /** To each of the two, ten minutes into a meeting's slot that is not known to be held: "Did you meet?". */
    MEETING_CHECK(NotificationCategory.MEETINGS),
    ROUND_STARTING(NotificationCategory.REMINDERS),
    FOLLOW_UP_DUE(NotificationCategory.FOLLOW_UPS),
    KEEP_IN_TOUCH(NotificationCategory.FOLLOW_UPS),
    ORGANIZER_MESSAGE(NotificationCategory.EVENT_UPDATES),
    TEAM_INVITATION(NotificationCategory.EVENT_UPDATES),
    GROUP_EVENT_PUBLISHED(NotificationCategory.GROUPS),
    ENDORSEMENT_RECEIVED(NotificationCategory.ENDORSEMENTS),
    /** To administrators: someone reported an event or a group. Immediate, as what is reported is public now. */
    CONTENT_REPORTED(NotificationCategory.EVENT_UPDATES),
    /** Someone from the recipient's network registered for an event the recipient attends (decision 48). */
    NETWORK_REGISTERED(NotificationCategory.NETWORK);

    private final NotificationCategory category;

    NotificationKind(NotificationCategory category) {
        this.category = category;
    }

    public NotificationCategory category() {
        return category;
    }
}
