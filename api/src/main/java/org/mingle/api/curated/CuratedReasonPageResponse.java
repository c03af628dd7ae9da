package org.mingle.api.curated;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.curated.CuratedMeeting;
import org.mingle.domain.curated.CuratedReason;
import org.mingle.domain.shared.PageRequest;

/** One page of why the caller's curated meetings were arranged. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CuratedReasonPage")
public record CuratedReasonPageResponse(List<Item> items, int page, int size, long total) {

    @Serdeable.Serializable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CuratedReason", requiredProperties = {"meetingId", "withAccountId", "withName", "reason",
            "askedByYou", "explanation"})
    public record Item(
            @Schema(format = "uuid", description = "the meeting, as in `GET /api/events/{id}/meetings/me`")
            String meetingId,
            @Schema(format = "uuid") String withAccountId,
            String withName,
            @Schema(allOf = CuratedMeeting.Reason.class) String reason,
            @Schema(description = "for ONE_ASKED: whether the caller asked, or the other person did")
            boolean askedByYou,
            @Schema(example = "Ada Lovelace asked to meet you") String explanation) {

        static Item of(CuratedReason reason) {
            return new Item(reason.meeting().toString(), reason.with().toString(), reason.withName(),
                    reason.reason().name(), reason.askedByViewer(), reason.explanation());
        }
    }

    static CuratedReasonPageResponse of(List<CuratedReason> reasons, PageRequest request) {
        var items = reasons.stream().skip(request.offset()).limit(request.size()).map(Item::of).toList();
        return new CuratedReasonPageResponse(items, request.page(), request.size(), reasons.size());
    }
}
