package org.mingle.domain.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.mingle.domain.connections.FollowUp;
import org.mingle.domain.events.EventId;

/**
 * One moment shared with a contact, or noted about them by the viewer.
 *
 * @param eventId    where it happened; {@code null} when at no event
 * @param eventTitle that event's title, {@code null} with it
 * @param text       the private note (NOTE), the table (MEETING, when it has one), the endorsed topics joined by
 *                   commas (ENDORSEMENT); otherwise {@code null}
 * @param followUp   the follow-up state (FOLLOW_UP); otherwise {@code null}
 * @param remindOn   the follow-up's reminder day (FOLLOW_UP, when set); otherwise {@code null}
 * @param given      for an ENDORSEMENT, whether the viewer gave it (else they received it); otherwise {@code null}
 */
public record TimelineEntry(Instant at, TimelineKind kind, EventId eventId, String eventTitle, String text,
                           FollowUp followUp, LocalDate remindOn, Boolean given) {

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
    }

    /** The moment in English words, for the API and notices; screens word it in their language from the fields. */
    public String detail() {
        String where = eventTitle == null ? "" : " at " + eventTitle;
        return switch (kind) {
            case CONNECTED -> "Connected" + where;
            case MEETING -> "Met in a one-to-one meeting" + where + (text == null ? "" : ", " + text);
            case NOTE -> text;
            case FOLLOW_UP -> followUpWords() + (remindOn == null ? "" : "; reminder on " + remindOn);
            case ENDORSEMENT -> (Boolean.TRUE.equals(given) ? "You endorsed them for " : "They endorsed you for ")
                    + text + where;
        };
    }

    private String followUpWords() {
        return switch (followUp == null ? FollowUp.NONE : followUp) {
            case NONE -> "Follow-up";
            case TO_CONTACT -> "To contact";
            case CONTACTED -> "Contacted";
            case MEETING_BOOKED -> "Meeting booked";
            case DONE -> "Followed up";
        };
    }
}
