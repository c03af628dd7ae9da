package org.mingle.domain.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mingle.domain.events.Event;
import org.mingle.domain.profiles.ProfileView;

/**
 * One contact as the viewer's page of them shows it.
 *
 * @param person           as far as their profile's visibility lets the viewer see them
 * @param timeline         newest first
 * @param keepInTouchEvery {@code null} when off
 * @param keepInTouchDue   when keeping in touch is due; {@code null} when off
 * @param upcomingTogether events still to come where both are confirmed, soonest first
 */
public record Contact(ProfileView person, List<TimelineEntry> timeline, KeepInTouchEvery keepInTouchEvery,
                      Instant keepInTouchDue, List<Event> upcomingTogether) {

    public Contact {
        Objects.requireNonNull(person, "person");
        timeline = List.copyOf(timeline);
        upcomingTogether = List.copyOf(upcomingTogether);
    }
}
