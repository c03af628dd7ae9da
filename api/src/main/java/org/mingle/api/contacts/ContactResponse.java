package org.mingle.api.contacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.api.profiles.ProfileViewResponse;
import org.mingle.api.responses.Times;
import org.mingle.domain.contacts.Contact;
import org.mingle.domain.contacts.KeepInTouchEvery;
import org.mingle.domain.contacts.TimelineEntry;
import org.mingle.domain.contacts.TimelineKind;
import org.mingle.domain.events.Event;

/** One contact of the caller: the person, everything shared with them, keeping in touch and the events ahead. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Contact", requiredProperties = {"person", "timeline", "upcomingTogether"})
public record ContactResponse(
        ProfileViewResponse person,
        @Schema(description = """
                Newest first: the events where the two connected, the meetings they agreed on, and the caller's own \
                private notes and follow-ups on them (nobody else sees those). Bounded by the two people's shared \
                history, so it is not paged.""")
        List<TimelineItem> timeline,
        @Schema(allOf = KeepInTouchEvery.class, description = "absent when keeping in touch is off")
        @Nullable String keepInTouchEvery,
        @Schema(format = "date-time", description = """
                when it is time to get in touch: the period after the last shared moment (connecting, a meeting, or \
                the caller marking that they contacted the person) or the last reminder; absent when off""")
        @Nullable String keepInTouchDue,
        @Schema(description = "events still to come where both are confirmed, soonest first")
        List<UpcomingEvent> upcomingTogether) {

    static ContactResponse of(Contact contact) {
        return new ContactResponse(ProfileViewResponse.of(contact.person()),
                contact.timeline().stream().map(TimelineItem::of).toList(),
                contact.keepInTouchEvery() == null ? null : contact.keepInTouchEvery().name(),
                contact.keepInTouchDue() == null ? null : Times.utc(contact.keepInTouchDue()),
                contact.upcomingTogether().stream().map(UpcomingEvent::of).toList());
    }

    /** One moment of the timeline. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ContactTimelineItem", requiredProperties = {"at", "kind", "detail"})
    public record TimelineItem(
            @Schema(format = "date-time") String at,
            @Schema(allOf = TimelineKind.class) String kind,
            @Schema(format = "uuid", description = "the event it happened at, when any") @Nullable String eventId,
            @Schema(description = "in English words; a NOTE is the caller's note itself",
                    example = "Connected at Energy Transition Breakfast") String detail) {

        static TimelineItem of(TimelineEntry entry) {
            return new TimelineItem(Times.utc(entry.at()), entry.kind().name(),
                    entry.eventId() == null ? null : entry.eventId().toString(), entry.detail());
        }
    }

    /** An event ahead where both will be. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ContactUpcomingEvent", requiredProperties = {"id", "title", "startsAt"})
    public record UpcomingEvent(
            @Schema(format = "uuid") String id,
            String title,
            @Schema(format = "date-time", description = "with the offset of the event's time zone") String startsAt) {

        static UpcomingEvent of(Event event) {
            return new UpcomingEvent(event.id().toString(), event.details().title(),
                    Times.in(event.details().timeZone(), event.details().startsAt()));
        }
    }
}
