package org.mingle.domain.reports;

/**
 * Whether the booked one-to-one meetings of an event took place (decision 51).
 *
 * @param held       meetings both people confirmed, or where one scanned the other's code during the slot
 * @param noShows    meetings where one of the two reported that the other did not show
 * @param ended      meetings whose slot has ended, whatever became of them
 * @param heldShare  of the meetings whose slot has ended, the share held (0 when none has ended)
 */
public record HeldMeetingFigures(int held, int noShows, int ended, double heldShare) {

    /** From the counts: {@code heldOfEnded} are the held meetings among those whose slot has ended. */
    public static HeldMeetingFigures of(int held, int noShows, int ended, int heldOfEnded) {
        return new HeldMeetingFigures(held, noShows, ended, ReportFigures.share(heldOfEnded, ended));
    }
}
