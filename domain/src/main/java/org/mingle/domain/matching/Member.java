package org.mingle.domain.matching;

import java.util.Set;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileField;

/**
 * One confirmed attendee in an event's model: what matching may use of their profile, the headline a recommendation
 * shows (null when they do not show it to fellow attendees), and the version of the event it was read at.
 */
record Member(MatchProfile profile, String headline, long version) {

    static Member of(Profile profile, long version) {
        var attendee = new Attendee(profile.accountId(), profile.displayName(), Set.copyOf(profile.interests()),
                profile.seeking(), profile.offering(), profile.industry(), profile.seniority(), profile.company(),
                profile.visibility());
        String headline = profile.visibilityOf(ProfileField.HEADLINE).usableForMatching()
                && !profile.headline().isEmpty() ? profile.headline() : null;
        return new Member(MatchProfile.of(attendee), headline, version);
    }
}
