package org.mingle.domain.curated;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mingle.domain.events.EventId;
import org.mingle.domain.meetings.MeetingTable;

/**
 * The latest schedule generated for an event, as its organizers review it before publishing: its meetings slot by
 * slot with the people's names and the table, who stays below their minimum and why, and what publishing did once it
 * has.
 *
 * @param participants how many confirmed attendees the schedule was made for
 * @param publication  {@code null} until published
 */
public record CuratedDraft(EventId event, Instant generatedAt, int participants, CuratedSchedule.Totals totals,
                           List<Meeting> meetings, List<Short> shortfalls, Publication publication) {

    public CuratedDraft {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(totals, "totals");
        meetings = List.copyOf(meetings);
        shortfalls = List.copyOf(shortfalls);
    }

    /** How many of the meetings at least one of the two asked for. */
    public long askedFor() {
        return meetings.stream().filter(m -> m.meeting().reason() != CuratedMeeting.Reason.BEST_REMAINING_MATCH)
                .count();
    }

    public boolean published() {
        return publication != null;
    }

    /** A meeting of the draft with the names of the two and its table. */
    public record Meeting(CuratedMeeting meeting, String firstName, String secondName, MeetingTable table) {

        public Meeting {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(firstName, "firstName");
            Objects.requireNonNull(secondName, "secondName");
            Objects.requireNonNull(table, "table");
        }
    }

    /** Someone below their minimum, with their name. */
    public record Short(Shortfall shortfall, String name) {

        public Short {
            Objects.requireNonNull(shortfall, "shortfall");
            Objects.requireNonNull(name, "name");
        }

        /** As organizers read it: "Ben: 2 of 3 minimum — not free in enough slots". */
        public String summary() {
            return name + ": " + shortfall.meetings() + " of " + shortfall.minimum() + " minimum \u2014 "
                    + why(shortfall.cause());
        }

        /** The cause in the third person, for the organizers. */
        public static String why(Shortfall.Cause cause) {
            return switch (cause) {
                case NOT_FREE -> "not free in enough slots";
                case RULES -> "the event's rules leave too few people to meet";
                case NO_THANKS -> "\u201cno thanks\u201d marks leave too few people to meet";
                case NO_COMMON_TIME -> "too few compatible partners are free at the same times";
                case TABLES_FULL -> "every table is taken in the slots still free";
                case PARTNERS_TAKEN -> "compatible partners are fully booked";
            };
        }
    }

    /**
     * What publishing did: the meetings it booked, and those it skipped because they no longer fitted (a booking made
     * meanwhile took the time, someone left or blocked the other).
     */
    public record Publication(Instant at, int booked, int skipped) {

        public Publication {
            Objects.requireNonNull(at, "at");
        }
    }
}
