package org.mingle.domain.matching;

import java.util.Set;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileField;

/**
 * One confirmed attendee in an event's model: what matching may use of their profile, the headline and company a
 * recommendation shows (null when they do not show them to fellow attendees), their category at the event (null when
 * they have none, see {@link AttendeeCategories}), and the version of the event it was read at.
 */
record Member(MatchProfile profile, String headline, String company, String category, long version) {

    Member(MatchProfile profile, String headline, String company, long version) {
        this(profile, headline, company, null, version);
    }

    static Member of(Profile profile, String category, long version) {
        var attendee = new Attendee(profile.accountId(), profile.displayName(), Set.copyOf(profile.interests()),
                profile.seeking(), profile.offering(), profile.industry(), profile.seniority(), profile.company(),
                profile.visibility());
        return new Member(MatchProfile.of(attendee), shown(profile, ProfileField.HEADLINE, profile.headline()),
                shown(profile, ProfileField.COMPANY, profile.company()), category, version);
    }

    /** The field's text when every fellow attendee may see it and it is not empty; null otherwise. */
    private static String shown(Profile profile, ProfileField field, String text) {
        return profile.visibilityOf(field).usableForMatching() && !text.isEmpty() ? text : null;
    }
}
