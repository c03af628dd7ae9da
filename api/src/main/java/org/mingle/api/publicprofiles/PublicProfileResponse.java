package org.mingle.api.publicprofiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.mingle.api.responses.Times;
import org.mingle.domain.agenda.SpokenTalk;
import org.mingle.domain.endorsements.TopicEndorsement;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.Seniority;
import org.mingle.domain.publicprofiles.PublicProfile;
import org.mingle.domain.publicprofiles.RecordEvent;
import org.mingle.domain.shared.PublicUrl;

/**
 * A public profile as anyone on the internet sees it: only the fields set to PUBLIC (hidden ones are absent, as in
 * {@code ProfileView}), the photo's address when the photo is PUBLIC, the person's record and approved endorsements.
 */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PublicProfile", requiredProperties = {"handle", "displayName", "pageUrl", "record", "endorsements"},
        description = "Only PUBLIC fields; hidden fields are absent.")
public record PublicProfileResponse(
        @Schema(example = "grace-hopper") String handle,
        @Schema(example = "Grace Hopper") String displayName,
        @Nullable String headline,
        @Nullable String bio,
        @Nullable String company,
        @Nullable String industry,
        @Schema(allOf = Seniority.class)
        @Nullable String seniority,
        @Nullable List<String> interests,
        @ArraySchema(schema = @Schema(implementation = Goal.class))
        @Nullable List<String> seeking,
        @ArraySchema(schema = @Schema(implementation = Goal.class))
        @Nullable List<String> offering,
        @Nullable List<String> links,
        @Schema(format = "uri", description = "the 256 px photo; absent unless the photo is PUBLIC")
        @Nullable String photoUrl,
        @Schema(format = "uri", example = "https://mingle.example.org/p/grace-hopper") String pageUrl,
        PublicRecordResponse record,
        @ArraySchema(schema = @Schema(implementation = PublicEndorsementResponse.class),
                arraySchema = @Schema(description = "approved endorsements counted per topic, the most endorsed first"))
        List<PublicEndorsementResponse> endorsements) {

    static PublicProfileResponse of(PublicProfile page, PublicUrl publicUrl) {
        var view = page.profile();
        return new PublicProfileResponse(
                page.handle(),
                view.displayName(),
                view.headline(),
                view.bio(),
                view.company(),
                view.industry(),
                view.seniority() == null ? null : view.seniority().name(),
                shown(view.interests(), Interest::display),
                shown(view.seeking(), Goal::name),
                shown(view.offering(), Goal::name),
                view.links() == null ? null : List.copyOf(view.links()),
                page.photoPath().map(publicUrl::link).orElse(null),
                publicUrl.link("p/" + page.handle()),
                new PublicRecordResponse(
                        new RecordEventsResponse(page.record().attendedTotal(),
                                page.record().attended().stream().map(RecordEventResponse::of).toList()),
                        new RecordEventsResponse(page.record().organizedTotal(),
                                page.record().organized().stream().map(RecordEventResponse::of).toList()),
                        page.talks().stream().map(PublicTalkResponse::of).toList()),
                page.endorsements().stream().map(PublicEndorsementResponse::of).toList());
    }

    private static <T> List<String> shown(Collection<T> values, Function<T, String> text) {
        return values == null ? null : values.stream().map(text).toList();
    }

    /** The person's record on Mingle. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PublicRecord", requiredProperties = {"eventsAttended", "eventsOrganized", "talks"},
            description = """
                    `eventsAttended`: events the person attended and chose to keep on their profile; \
                    `eventsOrganized`: published events the person organizes or organized. Only events listed in \
                    public (not a private group's, not unlisted).""")
    public record PublicRecordResponse(
            RecordEventsResponse eventsAttended,
            RecordEventsResponse eventsOrganized,
            @ArraySchema(schema = @Schema(implementation = PublicTalkResponse.class),
                    arraySchema = @Schema(description = """
                            talks given at events listed in public, latest first, the newest 50 at most"""))
            List<PublicTalkResponse> talks) {
    }

    /** Events of one kind on a record: the newest 50 and how many there are. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "RecordEvents", requiredProperties = {"total", "events"})
    public record RecordEventsResponse(
            @Schema(description = "how many in all") int total,
            @ArraySchema(maxItems = 50, arraySchema = @Schema(description = "the newest 50 at most, latest first"))
            List<RecordEventResponse> events) {
    }

    /** One event on a record: only what anyone may know of an event listed in public. */
    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "RecordEvent", requiredProperties = {"id", "title", "startsAt", "timeZone", "city", "online"})
    public record RecordEventResponse(
            @Schema(format = "uuid") String id,
            String title,
            @Schema(format = "date-time", description = "in the event's time zone") String startsAt,
            @Schema(example = "Europe/Berlin") String timeZone,
            @Schema(description = "empty when the event names none") String city,
            boolean online) {

        static RecordEventResponse of(RecordEvent event) {
            return new RecordEventResponse(event.id().toString(), event.title(),
                    Times.in(event.timeZone(), event.startsAt()), event.timeZone().getId(), event.city(),
                    event.online());
        }
    }

    /** A talk on a record: on an agenda of an event listed in public. */
    @Serdeable.Serializable
    @Schema(name = "PublicTalk", requiredProperties = {"title", "eventId", "eventTitle", "startsAt"})
    public record PublicTalkResponse(String title, @Schema(format = "uuid") String eventId, String eventTitle,
                                     @Schema(format = "date-time", description = "in the event's time zone")
                                     String startsAt) {

        static PublicTalkResponse of(SpokenTalk talk) {
            return new PublicTalkResponse(talk.title(), talk.eventId().toString(), talk.eventTitle(),
                    Times.in(talk.timeZone(), talk.startsAt()));
        }
    }

    /** Approved endorsements for one topic: "Endorsed for battery storage by 4 people met at 3 events". */
    @Serdeable.Serializable
    @Schema(name = "PublicEndorsement", requiredProperties = {"topic", "people", "events"})
    public record PublicEndorsementResponse(String topic, @Schema(description = "how many people endorsed it")
                                            int people,
                                            @Schema(description = "at how many events they had met") int events) {

        static PublicEndorsementResponse of(TopicEndorsement topic) {
            return new PublicEndorsementResponse(topic.topic(), topic.people(), topic.events());
        }
    }
}
