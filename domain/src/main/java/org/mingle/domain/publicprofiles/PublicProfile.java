package org.mingle.domain.publicprofiles;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mingle.domain.agenda.SpokenTalk;
import org.mingle.domain.endorsements.TopicEndorsement;
import org.mingle.domain.profiles.ProfileView;

/**
 * What anyone on the internet sees of a person who turned their public page on: the profile as a stranger sees it
 * (only fields set to {@code PUBLIC}), the photo only when it is {@code PUBLIC}, and their public record.
 *
 * @param photoUpdatedAt when the shown photo last changed; empty when there is none or it is not {@code PUBLIC}
 * @param talks          talks given at events listed in public, latest first (the agenda feature's)
 * @param endorsements   approved endorsements counted per topic, the most endorsed first
 * @param indexable      whether the person lets search engines index the page
 */
public record PublicProfile(String handle, ProfileView profile, Optional<Instant> photoUpdatedAt,
                            PublicRecord record, List<SpokenTalk> talks, List<TopicEndorsement> endorsements,
                            boolean indexable) {

    public PublicProfile {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(photoUpdatedAt, "photoUpdatedAt");
        Objects.requireNonNull(record, "record");
        talks = List.copyOf(talks);
        endorsements = List.copyOf(endorsements);
    }

    /**
     * The shown photo's path below Mingle's address, with its version, so that a new photo is a new address for
     * caches and link previews; empty when no photo is shown.
     */
    public Optional<String> photoPath() {
        return photoUpdatedAt.map(at -> "api/public/profiles/" + handle + "/photo?v="
                + Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at), 36));
    }
}
