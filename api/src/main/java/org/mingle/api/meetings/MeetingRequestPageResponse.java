package org.mingle.api.meetings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.mingle.domain.matching.Reason;
import org.mingle.domain.meetings.MeetingRequestView;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.PageRequest;

/** One page of the caller's meeting requests at an event, newest first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MeetingRequestPage")
public record MeetingRequestPageResponse(List<MeetingRequestResponse> items, int page, int size, long total) {

    /**
     * @param page    the requests on this page
     * @param reasons why Mingle thinks the caller and each sender of an incoming request should meet
     */
    static MeetingRequestPageResponse of(List<MeetingRequestView> page, long total, PageRequest request,
                                         Map<AccountId, List<Reason>> reasons) {
        var items = page.stream().map(view -> MeetingRequestResponse.of(view, reasons)).toList();
        return new MeetingRequestPageResponse(items, request.page(), request.size(), total);
    }
}
