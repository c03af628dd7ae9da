package org.mingle.domain.publicprofiles;

import java.util.List;

/**
 * A person's record on Mingle as their public page shows it: the newest {@link PublicProfileService#RECORD_MAX}
 * events of each kind, latest first, with the totals.
 */
public record PublicRecord(List<RecordEvent> attended, int attendedTotal, List<RecordEvent> organized,
                           int organizedTotal) {

    public PublicRecord {
        attended = List.copyOf(attended);
        organized = List.copyOf(organized);
    }
}
