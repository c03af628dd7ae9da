package org.mingle.domain.availability;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.matching.PersonToMeet;

/**
 * Someone free now, as the viewer sees them: the match with its reasons (headline and company as far as shown to
 * fellow attendees), until when they are free, and whether the viewer may see their photo.
 */
public record FreePerson(PersonToMeet person, Instant freeUntil, boolean photoShown) {

    public FreePerson {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(freeUntil, "freeUntil");
    }
}
