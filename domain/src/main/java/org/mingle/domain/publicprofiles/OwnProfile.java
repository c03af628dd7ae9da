package org.mingle.domain.publicprofiles;

import java.util.Objects;
import org.mingle.domain.profiles.Profile;

/** The caller's own profile with their public page settings, as "My profile" and {@code /api/me/profile} show it. */
public record OwnProfile(Profile profile, PublicSettings publicSettings) {

    public OwnProfile {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(publicSettings, "publicSettings");
    }
}
