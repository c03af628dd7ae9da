package org.mingle.domain.matching;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.profiles.Visibility;
import org.mingle.domain.shared.AccountId;

/**
 * One confirmed attendee of an event as matching sees them: the matchable fields of their profile and the visibility of
 * each. A field missing from {@code visibility} counts as {@link Visibility#PRIVATE}.
 *
 * <p>Visibility is applied once, when the engine is built: a field is used (for scores and reasons alike) only when its
 * visibility is {@link Visibility#usableForMatching() PUBLIC or ATTENDEES}. Every viewer of a recommendation is a fellow
 * attendee who is not a connection, so such a field is visible to every viewer, and any other field is visible to none
 * of them. Hence no per-viewer view is needed: a field a viewer may not see never reaches a score or a reason.
 */
public record Attendee(
        AccountId accountId,
        String displayName,
        Set<Interest> interests,
        Set<Goal> seeking,
        Set<Goal> offering,
        String industry,
        Seniority seniority,
        String company,
        Map<ProfileField, Visibility> visibility) {

    public Attendee {
        Objects.requireNonNull(accountId, "accountId");
        displayName = displayName == null ? "" : displayName;
        interests = Set.copyOf(interests);
        seeking = Set.copyOf(seeking);
        offering = Set.copyOf(offering);
        EnumMap<ProfileField, Visibility> complete = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            complete.put(field, visibility.getOrDefault(field, Visibility.PRIVATE));
        }
        visibility = Map.copyOf(complete);
    }

    /** Every field visible to fellow attendees. */
    public static Map<ProfileField, Visibility> visibleToAttendees() {
        EnumMap<ProfileField, Visibility> all = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            all.put(field, Visibility.ATTENDEES);
        }
        return all;
    }

    /** Whether matching may use this field. */
    public boolean usable(ProfileField field) {
        return visibility.get(field).usableForMatching();
    }
}
