package org.mingle.domain.notifications;

/** How a person wants a category of notification to reach them besides the app. */
public enum Delivery {
    /** A mail for each notification, as it happens. */
    IMMEDIATE,
    /** One mail a day listing what arrived. */
    DAILY_DIGEST,
    /** No mail: the bell and the notification list only. */
    IN_APP_ONLY,
    /**
     * Not told at all: only for the categories one opts into ({@link NotificationCategory#optIn()}), whose news a
     * person may not want even in the app.
     */
    OFF
}
