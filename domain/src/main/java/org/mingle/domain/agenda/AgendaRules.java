package org.mingle.domain.agenda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.SupportedInstants;
import org.mingle.domain.shared.TextRules;

/**
 * What a talk must be, checked without a database: every field at once, so a form or a client learns all that is wrong
 * in one answer. A talk lies within its event's time (decision 47): an agenda is for the event's own hours, and a talk
 * outside them would be a typo in the date far more often than a planned pre-event.
 */
public final class AgendaRules {

    public static final int TITLE_MAX = 200;
    public static final int ABSTRACT_MAX = 2000;
    public static final int ROOM_MAX = 100;
    public static final int GUEST_NAME_MAX = 100;
    /** A panel rarely has more than a handful; ten keeps the agenda readable on a phone. */
    public static final int SPEAKERS_MAX = 10;
    /** A long conference day in several rooms; the agenda is read whole on the event page. */
    public static final int TALKS_MAX = 100;

    private AgendaRules() {
    }

    /** A talk that passed the checks: text trimmed, speakers without repeats. */
    public record Checked(String title, String abstractText, Instant startsAt, Instant endsAt, String room,
                          List<AccountId> accounts, List<String> guests) {
    }

    /**
     * Checks a talk against its event's time.
     *
     * @throws InvalidInputException naming every refused field
     */
    public static Checked validate(TalkInput input, Instant eventStart, Instant eventEnd) {
        List<FieldError> errors = new ArrayList<>();
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty()) {
            errors.add(FieldError.required("title"));
        } else {
            TextRules.check("title", title, TITLE_MAX, TextRules.Lines.SINGLE, errors);
        }
        String abstractText = input.abstractText() == null ? "" : input.abstractText().strip();
        TextRules.check("abstract", abstractText, ABSTRACT_MAX, TextRules.Lines.MULTIPLE, errors);
        String room = input.room() == null ? "" : input.room().strip();
        TextRules.check("room", room, ROOM_MAX, TextRules.Lines.SINGLE, errors);
        checkTimes(input.startsAt(), input.endsAt(), eventStart, eventEnd, errors);
        List<AccountId> accounts = accounts(input.speakerIds(), errors);
        List<String> guests = guests(input.guestSpeakers(), errors);
        if (accounts.size() + guests.size() > SPEAKERS_MAX) {
            errors.add(new FieldError("speakerIds", "a talk has at most " + SPEAKERS_MAX
                    + " speakers, accounts and guests together"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(title, abstractText, input.startsAt(), input.endsAt(), room, accounts, guests);
    }

    /**
     * The talk already in the room for part of this time, if any: one room holds one talk at a time. Rooms are the
     * same when they read the same ignoring case and surrounding space; talks without a room never clash (an event
     * with one room may run parallel tracks in corners it does not name).
     *
     * @param except the talk being changed, which cannot clash with itself
     */
    public static Optional<Talk> roomTaken(List<Talk> agenda, Optional<TalkId> except, String room, Instant startsAt,
                                           Instant endsAt) {
        if (room.isBlank()) {
            return Optional.empty();
        }
        String key = roomKey(room);
        return agenda.stream()
                .filter(talk -> except.filter(talk.id()::equals).isEmpty())
                .filter(talk -> !talk.room().isBlank() && roomKey(talk.room()).equals(key))
                .filter(talk -> talk.startsAt().isBefore(endsAt) && startsAt.isBefore(talk.endsAt()))
                .findFirst();
    }

    private static String roomKey(String room) {
        return room.strip().toLowerCase(Locale.ROOT);
    }

    private static void checkTimes(Instant startsAt, Instant endsAt, Instant eventStart, Instant eventEnd,
                                   List<FieldError> errors) {
        boolean startOk = startsAt != null && SupportedInstants.check("startsAt", startsAt, errors);
        boolean endOk = endsAt != null && SupportedInstants.check("endsAt", endsAt, errors);
        if (startsAt == null) {
            errors.add(FieldError.required("startsAt"));
        } else if (startOk && startsAt.isBefore(eventStart)) {
            errors.add(new FieldError("startsAt", "must not be before the event starts (" + eventStart + ")"));
        }
        if (endsAt == null) {
            errors.add(FieldError.required("endsAt"));
        } else if (endOk && endsAt.isAfter(eventEnd)) {
            errors.add(new FieldError("endsAt", "must not be after the event ends (" + eventEnd + ")"));
        } else if (endOk && startOk && !endsAt.isAfter(startsAt)) {
            errors.add(new FieldError("endsAt", "must be after startsAt"));
        }
    }

    private static List<AccountId> accounts(List<String> ids, List<FieldError> errors) {
        if (ids == null) {
            return List.of();
        }
        var accounts = new LinkedHashSet<AccountId>();
        for (String id : ids) {
            try {
                accounts.add(new AccountId(UUID.fromString(id == null ? "" : id.strip())));
            } catch (IllegalArgumentException notAnId) {
                errors.add(new FieldError("speakerIds", "must hold account ids; \""
                        + TextRules.truncate(id, 40) + "\" is none"));
                return List.of();
            }
        }
        return List.copyOf(accounts);
    }

    private static List<String> guests(List<String> names, List<FieldError> errors) {
        if (names == null) {
            return List.of();
        }
        var guests = new LinkedHashSet<String>();
        for (String name : names) {
            String stripped = name == null ? "" : name.strip();
            if (stripped.isEmpty()) {
                errors.add(new FieldError("guestSpeakers", "must not hold empty names"));
                return List.of();
            }
            if (!TextRules.check("guestSpeakers", stripped, GUEST_NAME_MAX, TextRules.Lines.SINGLE, errors)) {
                return List.of();
            }
            guests.add(stripped);
        }
        return List.copyOf(guests);
    }
}
