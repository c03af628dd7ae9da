package org.mingle.domain.matching;

import java.util.TreeSet;

/**
 * Which versions of an event have arrived: every version up to a floor, and some above it. Versions of one event are
 * consecutive numbers, so a gap below the highest one means a change that has not arrived (yet). Not thread-safe.
 */
final class VersionSet {

    private long floor;
    private final TreeSet<Long> above = new TreeSet<>();

    VersionSet(long floor) {
        this.floor = floor;
    }

    /** Adds the version; false when it was there already. */
    boolean add(long version) {
        if (version <= floor || !above.add(version)) {
            return false;
        }
        while (!above.isEmpty() && above.first() == floor + 1) {
            floor = above.pollFirst();
        }
        return true;
    }

    /** Every version up to this one is in. */
    void raiseFloor(long version) {
        if (version > floor) {
            floor = version;
            above.headSet(version, true).clear();
            while (!above.isEmpty() && above.first() == floor + 1) {
                floor = above.pollFirst();
            }
        }
    }

    /** The highest version below which none is missing. */
    long floor() {
        return floor;
    }
}
