package org.mingle.web.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.profiles.Visibility;

/** Words for profile values, the same on the editor, the previews and other people's pages. */
public final class ProfileLabels {

    private ProfileLabels() {
    }

    /** Who sees a field, as the editor offers it; PRIVATE reads "Only me" because that is what it means to the owner. */
    public static String visibility(Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> "Public";
            case ATTENDEES -> "Attendees";
            case CONNECTIONS -> "Connections";
            case PRIVATE -> "Only me";
        };
    }

    public static String seniority(Seniority seniority) {
        return switch (seniority) {
            case STUDENT -> "Student";
            case JUNIOR -> "Junior";
            case MID -> "Mid-level";
            case SENIOR -> "Senior";
            case LEAD -> "Lead";
            case EXECUTIVE -> "Executive";
        };
    }

    /** "Looking for a job". */
    public static String seeking(Goal goal) {
        return capitalized(goal.seekingPhrase());
    }

    /** "Hiring". */
    public static String offering(Goal goal) {
        return capitalized(goal.offeringPhrase());
    }

    /** The field's name on the form. */
    public static String field(ProfileField field) {
        return switch (field) {
            case HEADLINE -> "Headline";
            case BIO -> "About me";
            case COMPANY -> "Company";
            case INDUSTRY -> "Industry";
            case SENIORITY -> "Seniority";
            case INTERESTS -> "Interests";
            case SEEKING -> "Looking for";
            case OFFERING -> "Offering";
            case LINKS -> "Links";
            case PHOTO -> "Photo";
        };
    }

    /** Goals in the enum's order, so the same goals always read the same way. */
    static List<Goal> ordered(Collection<Goal> goals) {
        return goals.stream().sorted().toList();
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
