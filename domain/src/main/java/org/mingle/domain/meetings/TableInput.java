package org.mingle.domain.meetings;

/** What an organizer typed to add a meeting table; any field may be missing, {@link SessionRules} says which. */
public record TableInput(String name, Integer seats) {
}
