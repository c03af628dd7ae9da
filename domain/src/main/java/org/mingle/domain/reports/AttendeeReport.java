package org.mingle.domain.reports;

import java.util.List;
import org.mingle.domain.connections.MyConnection;

/**
 * One attendee's own event report: whom they met and what is left to follow up.
 *
 * @param meetingsHeld one-to-one meetings whose time has passed
 * @param followUpsOpen connections marked to contact, contacted or meeting booked
 */
public record AttendeeReport(int peopleMet, int outsideIndustry, int meetings, int meetingsHeld, int followUpsOpen,
                             List<MyConnection> connections) {

    public AttendeeReport {
        connections = List.copyOf(connections);
    }
}
