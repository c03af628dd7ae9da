package org.mingle.domain.connections;

import org.mingle.domain.events.EventId;

/**
 * What "My network" narrows to; every part is optional ({@code null}).
 *
 * @param text     words found in the person's name, headline, company or the owner's note
 * @param tag      one of the owner's tags, ignoring case
 * @param dueOnly  only follow-ups whose reminder has come
 */
public record NetworkFilter(EventId event, String text, String tag, FollowUp followUp, boolean dueOnly) {

    public static final NetworkFilter ALL = new NetworkFilter(null, null, null, null, false);
}
