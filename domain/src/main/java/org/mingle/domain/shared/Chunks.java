package org.mingle.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into consecutive views of at most a given size: one statement per chunk when writing many rows. */
public final class Chunks {

    /** Rows per statement when writing or reading many: one round trip each, well below PostgreSQL's limits. */
    public static final int ROWS = 1000;

    private Chunks() {
    }

    public static <T> List<List<T>> of(List<T> items, int size) {
        var chunks = new ArrayList<List<T>>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return chunks;
    }
}
