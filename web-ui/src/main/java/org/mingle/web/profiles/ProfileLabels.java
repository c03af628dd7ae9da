package org.mingle.web.profiles;

import static org.mingle.web.shell.Translations.translate;

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
            case PUBLIC -> translate("profiles.visibility.public");
            case ATTENDEES -> translate("profiles.visibility.attendees");
            case CONNECTIONS -> translate("profiles.visibility.connections");
            case PRIVATE -> translate("profiles.visibility.private");
        };
    }

    public static String seniority(Seniority seniority) {
        return switch (seniority) {
            case STUDENT -> translate("profiles.seniority.student");
            case JUNIOR -> translate("profiles.seniority.junior");
            case MID -> translate("profiles.seniority.mid");
            case SENIOR -> translate("profiles.seniority.senior");
            case LEAD -> translate("profiles.seniority.lead");
            case EXECUTIVE -> translate("profiles.seniority.executive");
        };
    }

    /**
     * "Looking for a job". The domain's phrases stay English (they make the reasons two people should meet); the
     * page's words are the page's language.
     */
    public static String seeking(Goal goal) {
        return translate("profiles.goal.seeking." + goalKey(goal));
    }

    /** "Hiring". */
    public static String offering(Goal goal) {
        return translate("profiles.goal.offering." + goalKey(goal));
    }

    private static String goalKey(Goal goal) {
        return goal.name().toLowerCase(Locale.ROOT);
    }

    /** The field's name on the form. */
    public static String field(ProfileField field) {
        return switch (field) {
            case HEADLINE -> translate("profiles.field.headline");
            case BIO -> translate("profiles.field.bio");
            case COMPANY -> translate("profiles.field.company");
            case INDUSTRY -> translate("profiles.field.industry");
            case SENIORITY -> translate("profiles.field.seniority");
            case INTERESTS -> translate("profiles.field.interests");
            case SEEKING -> translate("profiles.field.seeking");
            case OFFERING -> translate("profiles.field.offering");
            case LINKS -> translate("profiles.field.links");
            case PHOTO -> translate("profiles.field.photo");
        };
    }

    /** Goals in the enum's order, so the same goals always read the same way. */
    static List<Goal> ordered(Collection<Goal> goals) {
        return goals.stream().sorted().toList();
    }
}
