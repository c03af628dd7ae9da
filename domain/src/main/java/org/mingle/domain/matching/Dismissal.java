package org.mingle.domain.matching;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.shared.AccountId;

/** A viewer's "not for me" on someone recommended at an event: that person never shows to the viewer there again. */
public record Dismissal(EventId event, AccountId viewer, AccountId dismissed, DismissalReason reason, Instant at) {

    public Dismissal {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(dismissed, "dismissed");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
