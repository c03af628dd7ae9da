package org.mingle.domain.availability;

import java.util.Objects;
import org.mingle.domain.events.EventId;

/**
 * Someone became free at the event, or stopped being free: published inside the transaction, so open free-now lists
 * can read the list again after commit.
 */
public record FreeNowChanged(EventId event) {

    public FreeNowChanged {
        Objects.requireNonNull(event, "event");
    }
}
