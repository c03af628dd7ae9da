package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.shared.PageRequest;

/** One page of the caller's meeting requests at an event, newest first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingRequestPage")
public record MeetingRequestPageResponse(List<MeetingRequestResponse> items, int page, int size, long total) {

    static MeetingRequestPageResponse of(List<MeetingRequestView> requests, PageRequest request) {
        var items = requests.stream().skip(request.offset()).limit(request.size())
                .map(MeetingRequestResponse::of).toList();
        return new MeetingRequestPageResponse(items, request.page(), request.size(), requests.size());
    }
}
