package org.mingle.domain.matching;

/**
 * What the matching models of this instance hold in memory: how many events have one, their attendees in all (the
 * cache's bound, {@code mingle.matching.max-attendees}) and in the largest.
 */
public record CachedModels(int models, long attendees, int largest) {
}
