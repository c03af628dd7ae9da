package org.mingle.domain.registration;

import java.time.Instant;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/**
 * A person's registration for an event, with the name and email organizers see.
 *
 * @param waitlistPosition 1 for the next to be promoted; {@code null} unless WAITLISTED
 * @param checkedInAt      when the person was checked in at the door; {@code null} before
 */
public record Registration(
        RegistrationId id,
        EventId eventId,
        AccountId accountId,
        String displayName,
        String email,
        RegistrationStatus status,
        Integer waitlistPosition,
        String checkInCode,
        Instant registeredAt,
        Instant checkedInAt) {

    public boolean checkedIn() {
        return checkedInAt != null;
    }
}
