package org.mingle.domain.registration;

import java.util.List;

/**
 * What approving or declining several registrations at once did.
 *
 * @param done        the registrations approved into a seat, or declined, in registration order
 * @param stillPending approvals that found no free seat: they stay waiting for approval (only when approving)
 * @param skipped     selected registrations that were no longer waiting for approval (another organizer, or the
 *                    person, acted first), or are not of this event
 */
public record BulkOutcome(List<Registration> done, List<Registration> stillPending, int skipped) {

    public BulkOutcome {
        done = List.copyOf(done);
        stillPending = List.copyOf(stillPending);
    }
}
