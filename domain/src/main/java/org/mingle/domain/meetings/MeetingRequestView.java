package org.mingle.domain.meetings;

import org.mingle.domain.profiles.ProfileView;

/**
 * A request as one of its two people sees it: with the other person's profile as far as the other person lets them
 * see it.
 *
 * @param incoming   whether the viewer is the addressee
 * @param senderRate for the addressee, how the sender answers the requests they receive at this event; {@code null}
 *                   when the viewer sent the request
 * @param suggestion whom the addressee suggested meeting instead when declining, as the viewer may see them;
 *                   {@code null} without one
 */
public record MeetingRequestView(MeetingRequest request, ProfileView other, boolean incoming, ResponseRate senderRate,
                                 ProfileView suggestion) {

    public MeetingRequestView(MeetingRequest request, ProfileView other, boolean incoming) {
        this(request, other, incoming, null, null);
    }
}
