package org.mingle.domain.series;

import java.util.List;
import org.mingle.domain.events.Event;

/** A series with its occurrences as they are now (each may have been edited, moved or cancelled on its own). */
public record SeriesView(Series series, List<Event> events) {

    public SeriesView {
        events = List.copyOf(events);
    }
}
