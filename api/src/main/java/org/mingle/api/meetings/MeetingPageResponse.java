package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.shared.PageRequest;

/** One page of the caller's mutual matches at an event. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingPage")
public record MeetingPageResponse(List<MeetingResponse> items, int page, int size, long total) {

    static MeetingPageResponse of(List<MeetingRequestView> matches, PageRequest request) {
        var items = matches.stream().skip(request.offset()).limit(request.size()).map(MeetingResponse::of).toList();
        return new MeetingPageResponse(items, request.page(), request.size(), matches.size());
    }
}
