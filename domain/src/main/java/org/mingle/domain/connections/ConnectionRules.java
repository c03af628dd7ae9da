package org.mingle.domain.connections;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.TextRules.Lines;
import org.mingle.domain.shared.TextRules;

/** Validation of private notes on a connection; every field checked at once. */
public final class ConnectionRules {

    public static final int NOTE_MAX = 2000;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 40;
    static final LocalDate EARLIEST_REMINDER = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_REMINDER = LocalDate.of(2100, 12, 31);

    private ConnectionRules() {
    }

    /** The notes after the patch, or every refused field. */
    public static PrivateNotes apply(PrivateNotes current, NotesPatch patch) {
        List<FieldError> errors = new ArrayList<>();
        String note = patch.note() == null ? current.note() : patch.note().map(text -> note(text, errors)).orElse(null);
        List<String> tags = patch.tags() == null ? current.tags()
                : patch.tags().map(list -> tags(list, errors)).orElse(List.of());
        FollowUp followUp = patch.followUp() == null ? current.followUp()
                : patch.followUp().map(text -> parse(FollowUp.class, "followUp", text, errors)).orElse(FollowUp.NONE);
        LocalDate remindAt = patch.remindAt() == null ? current.remindAt()
                : patch.remindAt().map(text -> date(text, errors)).orElse(null);
        Outcome outcome = patch.outcome() == null ? current.outcome()
                : patch.outcome().map(text -> parse(Outcome.class, "outcome", text, errors)).orElse(null);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PrivateNotes(note, tags, followUp == null ? FollowUp.NONE : followUp, remindAt, outcome);
    }

    private static String note(String typed, List<FieldError> errors) {
        String text = typed.replace("\r\n", "\n").replace('\r', '\n').strip();
        TextRules.check("note", text, NOTE_MAX, Lines.MULTIPLE, errors);
        return text.isEmpty() ? null : text;
    }

    private static List<String> tags(List<String> typed, List<FieldError> errors) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String raw : typed) {
            String tag = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
            if (tag.isEmpty()) {
                continue;
            }
            if (TextRules.length(tag) > TAG_MAX) {
                errors.add(new FieldError("tags", "each tag must be at most " + TAG_MAX + " characters"));
                return List.of();
            }
            var problem = TextRules.characterProblem(tag, Lines.SINGLE);
            if (problem.isPresent()) {
                errors.add(new FieldError("tags", problem.get()));
                return List.of();
            }
            byKey.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        if (byKey.size() > TAGS_MAX) {
            errors.add(new FieldError("tags", "at most " + TAGS_MAX + " tags"));
        }
        return List.copyOf(byKey.values());
    }

    private static LocalDate date(String typed, List<FieldError> errors) {
        try {
            LocalDate date = LocalDate.parse(typed.strip());
            if (date.isBefore(EARLIEST_REMINDER) || date.isAfter(LATEST_REMINDER)) {
                errors.add(new FieldError("remindAt", "must be between " + EARLIEST_REMINDER + " and "
                        + LATEST_REMINDER));
            }
            return date;
        } catch (DateTimeParseException notADate) {
            errors.add(new FieldError("remindAt", "must be a date such as 2026-12-24"));
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String typed, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            var names = new ArrayList<String>();
            for (E value : type.getEnumConstants()) {
                names.add(value.name());
            }
            errors.add(new FieldError(field, "must be one of " + String.join(", ", names)));
            return null;
        }
    }
}
