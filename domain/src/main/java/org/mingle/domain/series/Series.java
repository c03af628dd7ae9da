package org.mingle.domain.series;

import java.time.Instant;
import java.time.LocalDate;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.SeriesId;

/**
 * A group's recurring events: the template and rule they were created from, and how far the rule has been followed.
 *
 * @param lastDate        the rule's last date created so far, where an extension continues
 * @param occurrenceCount how many occurrences were created, whatever became of them since
 */
public record Series(SeriesId id, GroupId groupId, SeriesTemplate template, LocalDate lastDate, int occurrenceCount,
                     Instant createdAt) {
}
