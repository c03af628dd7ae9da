package org.mingle.domain.events;

/** Where an event is in its life: {@code DRAFT -> PUBLISHED -> COMPLETED}, or {@code CANCELLED}. */
public enum EventStatus {
    DRAFT, PUBLISHED, COMPLETED, CANCELLED
}
