package org.mingle.api.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Optional;
import org.mingle.domain.events.Event;
import org.mingle.domain.groups.Group;
import org.mingle.domain.groups.GroupVisibility;
import org.mingle.domain.groups.JoinPolicy;
import org.mingle.domain.groups.Membership;

/**
 * A group as the API shows it, with the caller's own membership ({@code membership}: null when none or not signed
 * in).
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Group", requiredProperties = {"id", "slug", "name", "description", "topics", "city", "online",
        "joinPolicy", "visibility", "memberCount", "upcomingEvents"})
public record GroupResponse(
        @Schema(format = "uuid") String id,
        String slug,
        String name,
        String description,
        List<String> topics,
        @Schema(description = "blank where the group meets online only") String city,
        boolean online,
        @Schema(allOf = JoinPolicy.class) String joinPolicy,
        @Schema(allOf = GroupVisibility.class) String visibility,
        int memberCount,
        @Schema(description = "the next few published events, soonest first") List<UpcomingEvent> upcomingEvents,
        @Nullable MembershipResponse membership) {

    /** One of the next events, in brief. */
    @Serdeable.Serializable
    @Schema(name = "GroupUpcomingEvent")
    public record UpcomingEvent(@Schema(format = "uuid") String id, String title,
                                @Schema(format = "date-time") String startsAt) {
    }

    public static GroupResponse of(Group group, List<Event> upcoming, Optional<Membership> mine) {
        return new GroupResponse(group.id().toString(), group.slug(), group.name(), group.description(),
                group.topics(), group.city(), group.online(), group.joinPolicy().name(), group.visibility().name(),
                group.memberCount(),
                upcoming.stream().map(e -> new UpcomingEvent(e.id().toString(), e.title(),
                        e.localStart().toOffsetDateTime().toString())).toList(),
                mine.map(MembershipResponse::of).orElse(null));
    }
}
