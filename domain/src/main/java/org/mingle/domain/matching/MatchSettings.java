package org.mingle.domain.matching;

import org.mingle.domain.events.EventDetails;

/**
 * An event's matching settings, chosen by its organizers.
 *
 * @param perspectiveWeight 0 to 1: how much a different industry or seniority adds to a score
 * @param excludeSameCompany whether colleagues from the same company are never recommended to each other
 */
public record MatchSettings(double perspectiveWeight, boolean excludeSameCompany) {

    public MatchSettings {
        if (Double.isNaN(perspectiveWeight) || perspectiveWeight < 0 || perspectiveWeight > 1) {
            throw new IllegalArgumentException("perspectiveWeight must be between 0 and 1: " + perspectiveWeight);
        }
    }

    /** The settings the organizers chose for the event. */
    public static MatchSettings of(EventDetails event) {
        return new MatchSettings(event.perspectiveWeight(), event.excludeSameCompany());
    }
}
