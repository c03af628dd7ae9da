package org.mingle.domain.groups;

import java.util.List;

/** A group's validated details, as {@link GroupRules} accepts them. */
public record GroupDetails(String name, String slug, String description, List<String> topics, String city,
                           boolean online, JoinPolicy joinPolicy, GroupVisibility visibility) {

    public GroupDetails {
        topics = List.copyOf(topics);
    }
}
