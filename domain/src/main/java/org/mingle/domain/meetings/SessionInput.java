package org.mingle.domain.meetings;

import java.time.Instant;

/** What an organizer typed to add a networking session; any field may be missing, {@link SessionRules} says which. */
public record SessionInput(String name, Instant startsAt, Instant endsAt, Integer slotMinutes) {
}
