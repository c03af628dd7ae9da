package org.mingle.domain.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.mingle.domain.events.EventDetails;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.SupportedInstants;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/** Validation of networking sessions and meeting tables; every field checked at once. */
public final class SessionRules {

    public static final int NAME_MAX = 120;
    public static final int TABLE_NAME_MAX = 80;
    public static final int SLOT_MINUTES_MIN = 5;
    public static final int SLOT_MINUTES_MAX = 240;
    public static final int SEATS_MIN = 2;
    public static final int SEATS_MAX = 200;
    public static final int TABLES_MAX = 500;
    public static final int SESSIONS_MAX = 50;

    private SessionRules() {
    }

    /** A valid session for the event, which must lie within the event and overlap none of its other sessions. */
    public static SessionInput validate(SessionInput input, EventDetails event, Collection<NetworkingSession> others) {
        List<FieldError> errors = new ArrayList<>();
        String name = name(input.name(), "name", NAME_MAX, errors);
        Integer minutes = input.slotMinutes();
        if (minutes == null) {
            errors.add(FieldError.required("slotMinutes"));
        } else if (minutes < SLOT_MINUTES_MIN || minutes > SLOT_MINUTES_MAX) {
            errors.add(new FieldError("slotMinutes",
                    "must be between " + SLOT_MINUTES_MIN + " and " + SLOT_MINUTES_MAX));
            minutes = null;
        }
        Instant start = supported("startsAt", input.startsAt(), errors);
        Instant end = supported("endsAt", input.endsAt(), errors);
        if (input.startsAt() == null) {
            errors.add(FieldError.required("startsAt"));
        } else if (start != null && (start.isBefore(event.startsAt()) || !start.isBefore(event.endsAt()))) {
            errors.add(new FieldError("startsAt", "must be within the event"));
        }
        if (end == null) {
            if (input.endsAt() == null) {
                errors.add(FieldError.required("endsAt"));
            }
        } else if (start != null && !end.isAfter(start)) {
            errors.add(new FieldError("endsAt", "must be after the start"));
        } else if (end.isAfter(event.endsAt())) {
            errors.add(new FieldError("endsAt", "must be within the event"));
        } else if (start != null && minutes != null && Duration.between(start, end).toMinutes() < minutes) {
            errors.add(new FieldError("endsAt", "leaves no room for one slot of " + minutes + " minutes"));
        }
        if (start != null && end != null && end.isAfter(start)) {
            others.stream().filter(other -> other.overlaps(start, end)).findFirst().ifPresent(other ->
                    errors.add(new FieldError("startsAt", "overlaps the session \u201c" + other.name() + "\u201d")));
        }
        if (others.size() >= SESSIONS_MAX) {
            errors.add(new FieldError("name", "an event has at most " + SESSIONS_MAX + " networking sessions"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SessionInput(name, start, end, minutes);
    }

    /** A valid table, whose name no other table of the event has (ignoring case). */
    public static TableInput validate(TableInput input, Collection<MeetingTable> others) {
        List<FieldError> errors = new ArrayList<>();
        String name = name(input.name(), "name", TABLE_NAME_MAX, errors);
        if (name != null && others.stream().anyMatch(other -> sameName(other.name(), name))) {
            errors.add(new FieldError("name", "another table is called this"));
        }
        if (others.size() >= TABLES_MAX) {
            errors.add(new FieldError("name", "an event has at most " + TABLES_MAX + " meeting tables"));
        }
        if (input.seats() == null) {
            errors.add(FieldError.required("seats"));
        } else if (input.seats() < SEATS_MIN || input.seats() > SEATS_MAX) {
            errors.add(new FieldError("seats", "must be between " + SEATS_MIN + " and " + SEATS_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new TableInput(name, input.seats());
    }

    /** The instant if it is supported; else the field's error is added and the later checks skip it. */
    private static Instant supported(String field, Instant instant, List<FieldError> errors) {
        return SupportedInstants.check(field, instant, errors) ? instant : null;
    }

    private static boolean sameName(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static String name(String typed, String field, int max, List<FieldError> errors) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            errors.add(FieldError.required(field));
            return null;
        }
        return TextRules.check(field, name, max, Lines.SINGLE, errors) ? name : null;
    }
}
