package org.mingle.domain.events;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The allowed status changes of an event: {@code DRAFT -> PUBLISHED -> COMPLETED}, and cancelling before completion. */
public final class EventLifecycle {

    private static final Map<EventStatus, Set<EventStatus>> ALLOWED = Map.of(
            EventStatus.DRAFT, EnumSet.of(EventStatus.PUBLISHED, EventStatus.CANCELLED),
            EventStatus.PUBLISHED, EnumSet.of(EventStatus.COMPLETED, EventStatus.CANCELLED),
            EventStatus.COMPLETED, EnumSet.noneOf(EventStatus.class),
            EventStatus.CANCELLED, EnumSet.noneOf(EventStatus.class));

    private EventLifecycle() {
    }

    public static boolean allows(EventStatus from, EventStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Returns {@code to} when the step is allowed, otherwise refuses it with the reason. */
    public static EventStatus requireTransition(EventStatus from, EventStatus to) {
        if (!allows(from, to)) {
            throw new IllegalEventTransitionException(from, to);
        }
        return to;
    }
}
