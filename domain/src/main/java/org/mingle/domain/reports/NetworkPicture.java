package org.mingle.domain.reports;

import java.util.List;
import org.mingle.domain.shared.AccountId;

/**
 * The connection network for drawing: people as dots (placed in the unit square, coloured by industry) and
 * connections as lines. Large events show their most connected people only.
 *
 * @param people      at most the limit asked for, most connected first
 * @param connections pairs of indexes into {@code people}
 * @param shownOf     how many people with a connection there are in all
 */
public record NetworkPicture(List<Dot> people, List<int[]> connections, int shownOf) {

    public NetworkPicture {
        people = List.copyOf(people);
        connections = List.copyOf(connections);
    }

    /** A person with a connection: the industry they show attendees ({@code null} when hidden or empty). */
    public record Person(AccountId account, String industry, int connections) {
    }

    /** A person placed on the picture. */
    public record Dot(Person person, String name, double x, double y) {
    }
}
