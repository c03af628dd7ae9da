package org.mingle.web.profiles;

import java.util.List;
import java.util.Map;
import org.mingle.domain.profiles.Profile;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.shared.AccountId;

/** Profiles saved through the domain service for view tests. */
public final class ProfileFixtures {

    private final ProfileService profiles;

    public ProfileFixtures(ProfileService profiles) {
        this.profiles = profiles;
    }

    /** A profile with these interests and goals, everything else empty, at the default visibility. */
    public Profile save(AccountId account, String headline, List<String> interests, List<String> seeking,
                        List<String> offering, List<String> links) {
        return profiles.update(account, new ProfileInput(null, headline, "", "", "", null, interests, seeking, offering,
                links, Map.of()));
    }

    /** A whole profile with chosen visibilities ({@code "headline" -> "PRIVATE"}). */
    public Profile save(AccountId account, ProfileInput input) {
        return profiles.update(account, input);
    }
}
