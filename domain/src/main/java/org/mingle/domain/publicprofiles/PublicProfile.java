package org.mingle.domain.publicprofiles;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.profiles.ProfileView;

/**
 * What anyone on the internet sees of a person who turned their public page on: the profile as a stranger sees it
 * (only fields set to {@code PUBLIC}), the photo only when it is {@code PUBLIC}, and their public record.
 *
 * @param photoUpdatedAt when the shown photo last changed; empty when there is none or it is not {@code PUBLIC}
 * @param indexable      whether the person lets search engines index the page
 */
public record PublicProfile(String handle, ProfileView profile, Optional<Instant> photoUpdatedAt,
                            PublicRecord record, boolean indexable) {

    public PublicProfile {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(photoUpdatedAt, "photoUpdatedAt");
        Objects.requireNonNull(record, "record");
    }
}
