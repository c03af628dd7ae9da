package org.mingle.domain.curated;

import java.time.Instant;
import java.util.Objects;
import org.mingle.domain.shared.AccountId;

/** One of the viewer's own marks at an event, with the marked person's name. */
public record MyMark(AccountId person, String displayName, MarkKind kind, Instant markedAt) {

    public MyMark {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(markedAt, "markedAt");
    }
}
