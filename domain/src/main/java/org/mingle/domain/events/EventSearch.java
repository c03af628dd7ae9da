package org.mingle.domain.events;

import java.time.Instant;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.SupportedInstants;
import org.mingle.domain.shared.TextRules;

/**
 * Filters for the public list of upcoming events.
 *
 * @param from only events that end after this instant ({@code null}: now)
 * @param to   only events that start before this instant ({@code null}: no limit)
 * @param text words to find in title, description or venue ({@code null} or blank: all)
 */
public record EventSearch(Instant from, Instant to, String text) {

    /** @throws InvalidInputException naming {@code from}, {@code to} or {@code q} (the words) when out of bounds */
    public EventSearch {
        SupportedInstants.requireSupported("from", from);
        SupportedInstants.requireSupported("to", to);
        TextRules.requireValid("q", text);
    }

    public static EventSearch all() {
        return new EventSearch(null, null, null);
    }
}
