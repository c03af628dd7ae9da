package org.mingle.domain.groups;

import java.time.Instant;
import java.util.Optional;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.shared.AccountId;

/**
 * One person of a group's member list as the viewer may see them: the profile as far as its owner shows it to the
 * viewer, and the time of the photo when the viewer may see it (absent: show initials).
 */
public record GroupMember(AccountId account, String displayName, GroupRole role, MembershipStatus status,
                          Instant since, Optional<ProfileView> profile, Optional<Instant> photo) {
}
