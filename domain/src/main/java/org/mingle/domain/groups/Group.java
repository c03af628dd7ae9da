package org.mingle.domain.groups;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mingle.domain.shared.GroupId;

/**
 * A group people join to hear of its events.
 *
 * @param city blank where the group meets online only ({@code online} is then true)
 * @param memberCount the people who belong (status MEMBER), owners and organizers included
 */
public record Group(
        GroupId id,
        String slug,
        String name,
        String description,
        List<String> topics,
        String city,
        boolean online,
        JoinPolicy joinPolicy,
        GroupVisibility visibility,
        int memberCount,
        Instant createdAt) {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(joinPolicy, "joinPolicy");
        Objects.requireNonNull(visibility, "visibility");
        topics = List.copyOf(topics);
    }

    public boolean isPrivate() {
        return visibility == GroupVisibility.PRIVATE;
    }

    /** The group's page, relative to the site root. */
    public String path() {
        return "/g/" + slug;
    }
}
