package org.mingle.domain.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mingle.domain.events.EventId;

/**
 * Whether the booked one-to-one meetings of an event took place (decision 51).
 *
 * @param held       meetings both people confirmed, or where one scanned the other's code during the slot
 * @param noShows    meetings where one of the two reported that the other did not show
 * @param ended      meetings whose slot has ended, whatever became of them
 * @param heldShare  of the meetings whose slot has ended, the share held (0 when none has ended)
 */
public record HeldMeetingFigures(int held, int noShows, int ended, double heldShare) {

    /** No meeting booked. */
    public static final HeldMeetingFigures NONE = new HeldMeetingFigures(0, 0, 0, 0);

    /** From the counts: {@code heldOfEnded} are the held meetings among those whose slot has ended. */
    public static HeldMeetingFigures of(int held, int noShows, int ended, int heldOfEnded) {
        return new HeldMeetingFigures(held, noShows, ended, ReportFigures.share(heldOfEnded, ended));
    }

    /** One event's counts as the database gives them; the share is taken once they are added up. */
    record Counts(EventId event, int held, int noShows, int ended, int heldOfEnded) {
    }

    /**
     * The figures of several events, each and all together. The share of all together is of all their ended meetings,
     * not an average of the events' shares, so that a small event does not weigh as much as a large one.
     */
    public record Across(HeldMeetingFigures overall, Map<EventId, HeldMeetingFigures> byEvent) {

        public Across {
            Objects.requireNonNull(overall, "overall");
            byEvent = Map.copyOf(byEvent);
        }

        static Across of(List<Counts> counts) {
            Map<EventId, HeldMeetingFigures> byEvent = new HashMap<>();
            int held = 0;
            int noShows = 0;
            int ended = 0;
            int heldOfEnded = 0;
            for (Counts each : counts) {
                byEvent.put(each.event(), HeldMeetingFigures.of(each.held(), each.noShows(), each.ended(),
                        each.heldOfEnded()));
                held += each.held();
                noShows += each.noShows();
                ended += each.ended();
                heldOfEnded += each.heldOfEnded();
            }
            return new Across(HeldMeetingFigures.of(held, noShows, ended, heldOfEnded), byEvent);
        }

        /** The event's figures: none when it had no meeting booked. */
        public HeldMeetingFigures of(EventId event) {
            return byEvent.getOrDefault(event, NONE);
        }
    }
}
