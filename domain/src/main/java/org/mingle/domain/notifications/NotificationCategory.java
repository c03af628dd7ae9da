package org.mingle.domain.notifications;

import java.util.Arrays;
import java.util.List;

/**
 * The groups a person sets delivery for. Each has a default: what concerns a person's own plans tonight (their
 * registration, their meetings, changes to their events, reminders) comes at once; slower news comes in the digest.
 */
public enum NotificationCategory {
    REGISTRATION("Registrations", Delivery.IMMEDIATE),
    MEETINGS("Meetings", Delivery.IMMEDIATE),
    EVENT_UPDATES("Event updates and messages from organizers", Delivery.IMMEDIATE),
    REMINDERS("Reminders before events and rounds", Delivery.IMMEDIATE),
    FOLLOW_UPS("Follow-ups and keeping in touch", Delivery.DAILY_DIGEST),
    GROUPS("Groups", Delivery.DAILY_DIGEST),
    ENDORSEMENTS("Endorsements", Delivery.DAILY_DIGEST),
    /** Someone from one's network registered for an event one attends: told only to people who ask for it. */
    NETWORK("People from my network going to my events", Delivery.OFF);

    private final String label;
    private final Delivery byDefault;

    NotificationCategory(String label, Delivery byDefault) {
        this.label = label;
        this.byDefault = byDefault;
    }

    public String label() {
        return label;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    /** Whether people opt into this category: it is off until they choose a delivery, and can be turned off again. */
    public boolean optIn() {
        return byDefault == Delivery.OFF;
    }

    /** The deliveries a person may choose: {@link Delivery#OFF} only where they opt in. */
    public List<Delivery> choices() {
        return Arrays.stream(Delivery.values()).filter(d -> d != Delivery.OFF || optIn()).toList();
    }
}
