package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.List;
import org.mingle.domain.meetings.ScheduledMeeting;
import org.mingle.domain.shared.PageRequest;

/** One page of the caller's mutual matches at an event. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingPage", requiredProperties = {"items", "page", "size", "total", "timeZone"})
public record MeetingPageResponse(
        List<MeetingResponse> items,
        int page,
        int size,
        long total,
        @Schema(example = "Europe/Berlin", description = "the event's time zone, whose offset the meeting times carry")
        String timeZone) {

    static MeetingPageResponse of(List<ScheduledMeeting> meetings, PageRequest request, ZoneId zone) {
        var items = meetings.stream().skip(request.offset()).limit(request.size())
                .map(meeting -> MeetingResponse.of(meeting, zone)).toList();
        return new MeetingPageResponse(items, request.page(), request.size(), meetings.size(), zone.getId());
    }
}
