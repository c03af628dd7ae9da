package org.mingle.domain.meetings;

import org.mingle.domain.profiles.ProfileView;

/**
 * A request as one of its two people sees it: with the other person's profile as far as the other person lets them
 * see it.
 *
 * @param incoming whether the viewer is the addressee
 */
public record MeetingRequestView(MeetingRequest request, ProfileView other, boolean incoming) {
}
