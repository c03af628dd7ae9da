package org.mingle.domain.events;

import java.time.Instant;

/**
 * Filters for the public list of upcoming events.
 *
 * @param from only events that end after this instant ({@code null}: now)
 * @param to   only events that start before this instant ({@code null}: no limit)
 * @param text words to find in title, description or venue ({@code null} or blank: all)
 */
public record EventSearch(Instant from, Instant to, String text) {

    public static EventSearch all() {
        return new EventSearch(null, null, null);
    }
}
