package org.mingle.domain.curated;

import java.util.ArrayList;
import java.util.List;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;

/**
 * How many one-to-one meetings a generated schedule aims to give each confirmed attendee of the event: at least
 * {@code minimumMeetings} where that is possible, never more than {@code maximumMeetings}. Meetings booked already
 * count towards both.
 */
public record CuratedSettings(int minimumMeetings, int maximumMeetings) {

    public static final int MOST = 50;
    public static final CuratedSettings DEFAULT = new CuratedSettings(0, 6);

    public CuratedSettings {
        if (minimumMeetings < 0 || maximumMeetings < 1 || maximumMeetings > MOST || minimumMeetings > maximumMeetings) {
            throw new IllegalArgumentException("0 <= minimum <= maximum, 1 <= maximum <= " + MOST);
        }
    }

    /**
     * Settings from what someone typed, naming every refused field.
     *
     * @throws InvalidInputException when a number is missing or out of range
     */
    public static CuratedSettings of(Integer minimumMeetings, Integer maximumMeetings) {
        List<FieldError> errors = new ArrayList<>();
        if (minimumMeetings == null) {
            errors.add(FieldError.required("minimumMeetings"));
        } else if (minimumMeetings < 0 || minimumMeetings > MOST) {
            errors.add(new FieldError("minimumMeetings", "must be between 0 and " + MOST));
        }
        if (maximumMeetings == null) {
            errors.add(FieldError.required("maximumMeetings"));
        } else if (maximumMeetings < 1 || maximumMeetings > MOST) {
            errors.add(new FieldError("maximumMeetings", "must be between 1 and " + MOST));
        }
        if (errors.isEmpty() && minimumMeetings > maximumMeetings) {
            errors.add(new FieldError("minimumMeetings", "must not be more than the maximum"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CuratedSettings(minimumMeetings, maximumMeetings);
    }
}
