package org.mingle.domain.connections;

/** How a connection was recorded: scanning a connect code, "We met" on a meeting or a round, or the attendee list. */
public enum ConnectionSource {
    CODE, MEETING, ROUND, SEARCH
}
