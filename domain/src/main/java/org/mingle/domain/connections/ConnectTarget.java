package org.mingle.domain.connections;

import java.util.List;
import org.mingle.domain.events.Event;
import org.mingle.domain.profiles.ProfileView;

/**
 * The person behind a connect code and the events where the two can connect: both confirmed attendees, the event
 * published or over, the ones happening now first.
 *
 * @param happeningNow how many of {@code events}, from the first, are under way now (or about to start)
 */
public record ConnectTarget(ProfileView person, List<Event> events, int happeningNow) {

    public ConnectTarget {
        events = List.copyOf(events);
    }
}
